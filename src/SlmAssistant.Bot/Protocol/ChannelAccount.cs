using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlmAssistant.Bot.Protocol;

/// <param name="Role">"user" or "bot"; Web Chat shows feedback buttons only on activities from role "bot".</param>
public sealed record ChannelAccount(string? Id, string? Name = null, string? Role = null)
{
    public string? AadObjectId { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
