using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// An activity as it may be stored: every string in its JSON (text, card content, invoke values, channel data) goes
/// through the <see cref="TranscriptRedactor"/>, except the protocol's own ids, addresses, times and type names; the
/// customer's name and details in its accounts are replaced by an alias of their id (<see cref="ActivityPeople"/>).
/// </summary>
internal static class ActivityRedaction
{
    private static readonly FrozenSet<string> Structural = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "id", "replyToId", "type", "channelId", "serviceUrl", "timestamp", "localTimestamp", "localTimezone", "locale", "textFormat",
        "inputHint", "contentType", "contentUrl", "thumbnailUrl", "url", "role", "aadObjectId", "tenantId", "clientActivityID",
        "clientTimestamp", "streamId", "streamType", "streamSequence", "conversationType", "deliveryMode", "@type", "@context", "@id",
        "schema", "version", "$schema");

    /// <returns>The redacted JSON and the redacted text.</returns>
    public static async Task<(string Json, string? Text)> RedactAsync(
        TranscriptRedactor redactor, string conversationId, Activity activity, RedactedText kind, CancellationToken cancellationToken)
    {
        var node = JsonSerializer.SerializeToNode(activity, ProtocolJson.Options)!;
        var putAliases = ActivityPeople.Pseudonymize(node, kind, redactor.AliasOf);
        var slots = new List<(Action<string> Set, string Value)>();
        Collect(node, slots);
        if (slots.Count == 0)
        {
            putAliases();
            return (node.ToJsonString(ProtocolJson.Options), activity.Text);
        }

        var redacted = await redactor.RedactAsync(conversationId, [.. slots.Select(s => s.Value)], kind, cancellationToken);
        for (var i = 0; i < slots.Count; i++)
        {
            slots[i].Set(redacted[i]);
        }

        putAliases();

        var text = node is JsonObject o && o["text"] is JsonValue t && t.TryGetValue(out string? value) ? value : null;
        return (node.ToJsonString(ProtocolJson.Options), text);
    }

    private static void Collect(JsonNode? node, List<(Action<string> Set, string Value)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonValue v && v.TryGetValue(out string? text))
                    {
                        if (!Structural.Contains(name))
                        {
                            slots.Add((s => obj[name] = s, text));
                        }
                    }
                    else
                    {
                        Collect(child, slots);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var index = i;
                    if (array[i] is JsonValue v && v.TryGetValue(out string? text))
                    {
                        slots.Add((s => array[index] = s, text));
                    }
                    else
                    {
                        Collect(array[i], slots);
                    }
                }

                break;
        }
    }
}
