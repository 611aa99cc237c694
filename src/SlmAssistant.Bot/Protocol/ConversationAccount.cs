using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlmAssistant.Bot.Protocol;

public sealed record ConversationAccount(string? Id, string? Name = null)
{
    public bool? IsGroup { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
