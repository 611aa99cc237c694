using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlmAssistant.Bot.Protocol;

public sealed record Attachment(string? ContentType, string? ContentUrl = null, string? Name = null)
{
    public JsonElement? Content { get; init; }

    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
