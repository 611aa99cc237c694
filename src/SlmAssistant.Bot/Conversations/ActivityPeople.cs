using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// The people in an activity as it may be stored. A display name is personal data that no detector reliably finds
/// ("Alex Morgan" is, a rarer name is not), so a customer's account — from on the way in, recipient on the way out,
/// members added or removed, mentions — keeps its id and role, and its name becomes a stable alias of the id. What a
/// channel adds to an account (Teams: e-mail, userPrincipalName, givenName, surname) and person fields anywhere else
/// (channel data, submitted values) are dropped. The bot's own account is left as it is.
/// </summary>
internal static class ActivityPeople
{
    private static readonly FrozenSet<string> AccountFields = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "id", "role", "aadObjectId");

    private static readonly FrozenSet<string> PersonFields = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "givenName", "surname", "firstName", "lastName", "fullName", "displayName", "userName", "userPrincipalName", "upn", "email",
        "userEmail", "mail");

    /// <summary>Strips the people in <paramref name="activity"/> of their names and details.</summary>
    /// <returns>Puts the aliases in: call it once the rest has been redacted, so the aliases are not themselves.</returns>
    public static Action Pseudonymize(JsonNode? activity, RedactedText kind, Func<string?, string> aliasOf)
    {
        if (activity is not JsonObject root)
        {
            return static () => { };
        }

        var incoming = kind == RedactedText.FromCustomer;
        var botId = Id(root[incoming ? "recipient" : "from"]);
        var aliases = new List<(JsonObject Account, string Alias)>();
        foreach (var account in Accounts(root, incoming))
        {
            var id = Id(account);
            if ((botId is not null && id == botId) || string.Equals(Text(account["role"]), "bot", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (account.ContainsKey("name"))
            {
                aliases.Add((account, aliasOf(id)));
            }

            foreach (var name in account.Select(p => p.Key).Where(k => !AccountFields.Contains(k)).ToList())
            {
                account.Remove(name);
            }
        }

        DropPersonFields(root);
        return () => aliases.ForEach(a => a.Account["name"] = a.Alias);
    }

    private static IEnumerable<JsonObject> Accounts(JsonObject root, bool incoming)
    {
        var candidates = new List<JsonNode?> { root[incoming ? "from" : "recipient"] };
        candidates.AddRange(Items(root["membersAdded"]));
        candidates.AddRange(Items(root["membersRemoved"]));
        candidates.AddRange(Items(root["entities"]).Where(e => Text(e?["type"]) == "mention").Select(e => e!["mentioned"]));
        return candidates.OfType<JsonObject>();
    }

    private static void DropPersonFields(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (PersonFields.Contains(name))
                    {
                        obj.Remove(name);
                    }
                    else
                    {
                        DropPersonFields(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    DropPersonFields(item);
                }

                break;
        }
    }

    private static JsonArray Items(JsonNode? node) => node as JsonArray ?? [];

    private static string? Id(JsonNode? account) => account is JsonObject obj ? Text(obj["id"]) : null;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
