using System.Text;
using System.Text.Json.Nodes;

namespace SlmAssistant.TestKit.Cloud;

/// <summary>The parts of a chat completion request body the fake needs.</summary>
internal sealed record FakeChatRequest(string? Model, bool Stream, bool IncludeUsageInStream, IReadOnlyList<FakeChatMessage> Messages)
{
    public string LastUserMessage => Messages.LastOrDefault(m => m.Role == "user")?.Content ?? string.Empty;

    public static FakeChatRequest Parse(string body)
    {
        var json = JsonNode.Parse(body)?.AsObject() ?? [];
        var messages = (json["messages"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .Select(m => new FakeChatMessage(m["role"]?.GetValue<string>() ?? string.Empty, ContentText(m["content"])))
            .ToList();
        return new FakeChatRequest(
            json["model"]?.GetValue<string>(),
            json["stream"]?.GetValue<bool>() ?? false,
            json["stream_options"]?["include_usage"]?.GetValue<bool>() ?? false,
            messages);
    }

    // Content is a string, or an array of parts of which the text parts count.
    private static string ContentText(JsonNode? content) => content switch
    {
        null => string.Empty,
        JsonArray parts => parts.OfType<JsonObject>()
            .Where(p => p["type"]?.GetValue<string>() == "text")
            .Aggregate(new StringBuilder(), (text, p) => text.Append(p["text"]?.GetValue<string>()))
            .ToString(),
        _ => content.GetValue<string>(),
    };
}
