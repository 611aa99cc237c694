using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlmAssistant.Bot.Protocol;

/// <summary>
/// An activity entity: a <see cref="Type"/> plus whatever fields that type defines (kept in
/// <see cref="Properties"/>), such as streaminfo or a schema.org Message with its citations.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement> Properties { get; set; } = new Dictionary<string, JsonElement>();

    /// <summary>An entity whose fields are the public properties of <paramref name="fields"/>, names as written.</summary>
    public static Entity Create(string type, IReadOnlyDictionary<string, object?> fields)
    {
        var entity = new Entity { Type = type };
        foreach (var (name, value) in fields)
        {
            entity.Properties[name] = JsonSerializer.SerializeToElement(value, ProtocolJson.Options);
        }

        return entity;
    }

    public string? GetString(string name) =>
        Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
