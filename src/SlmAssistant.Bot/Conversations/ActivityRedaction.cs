using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// An activity as it may be stored: every string in its JSON (text, card content, invoke values, channel data) goes
/// through the <see cref="TranscriptRedactor"/>, except the protocol's own ids, addresses, times and type names; the
/// customer's name and details in its accounts are replaced by an alias of their id (<see cref="ActivityPeople"/>).
/// Links keep what makes them links: a <c>mailto:</c>, <c>tel:</c> or <c>sms:</c> target and the query and fragment of
/// a web address (decoded, so "alex%40example.com" is seen) are redacted, the scheme, host and path are not.
/// </summary>
internal static class ActivityRedaction
{
    private static readonly FrozenSet<string> Structural = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "id", "replyToId", "type", "channelId", "serviceUrl", "timestamp", "localTimestamp", "localTimezone", "locale", "textFormat",
        "inputHint", "contentType", "role", "aadObjectId", "tenantId", "clientActivityID",
        "clientTimestamp", "streamId", "streamType", "streamSequence", "conversationType", "deliveryMode", "@type", "@context", "@id",
        "schema", "version", "$schema");

    // Addresses whose personal part is redacted; the rest of the link stays usable.
    private static readonly FrozenSet<string> Links = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "contentUrl", "thumbnailUrl", "url");

    private static readonly string[] ContactSchemes = ["mailto:", "tel:", "sms:"];

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
                        if (Links.Contains(name))
                        {
                            AddLink(slots, s => obj[name] = s, text);
                        }
                        else if (!Structural.Contains(name))
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

    // "mailto:a@b.example" → the target; "https://host/path?email=…#…" → the decoded query and fragment; anything else
    // (a data: URL, a link without a query) is kept as it is.
    private static void AddLink(List<(Action<string> Set, string Value)> slots, Action<string> set, string link)
    {
        if (ContactSchemes.FirstOrDefault(scheme => link.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) is { } contact)
        {
            var target = Uri.UnescapeDataString(link[contact.Length..]);
            slots.Add((s => set(s == target ? link : link[..contact.Length] + s), target));
            return;
        }

        var tail = link.IndexOfAny(['?', '#']);
        if (tail > 0 && Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            var original = Uri.UnescapeDataString(link[tail..]);
            slots.Add((s => set(s == original ? link : link[..tail] + s), original));
        }
    }
}
