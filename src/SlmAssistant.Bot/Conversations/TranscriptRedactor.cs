using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Storage;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// Redacts what the conversation store keeps with the same redactor the cloud calls use, and keeps placeholders
/// consistent within a conversation: the same card number is [CARD_1] in every message of it, a second card [CARD_2].
/// The placeholder is found again by an HMAC of the value (key in the data directory's keys/ folder), never the value.
/// </summary>
public sealed class TranscriptRedactor
{
    /// <summary>The digest key's file under the data directory's keys/ folder.</summary>
    public const string KeyName = "transcript-pii";

    private readonly IPiiRedactor _redactor;
    private readonly ConversationDatabase _database;
    private readonly Lazy<byte[]> _key;

    public TranscriptRedactor(IPiiRedactor redactor, ConversationDatabase database, IOptions<DataDirectoryOptions> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _redactor = redactor;
        _database = database;
        var keys = data.Value.KeysPath;
        _key = new Lazy<byte[]>(() => SecretFile.GetOrCreate(keys, KeyName, 32));
    }

    public async Task<string?> RedactAsync(string conversationId, string? text, RedactedText kind, CancellationToken cancellationToken) =>
        text is null ? null : (await RedactAsync(conversationId, [text], kind, cancellationToken))[0];

    /// <summary>The texts as they may be stored, in the same order; one transaction allocates their placeholders.</summary>
    public async Task<IReadOnlyList<string>> RedactAsync(
        string conversationId, IReadOnlyList<string> texts, RedactedText kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = texts.Select(_redactor.Redact).ToList();
        if (results.TrueForAll(r => r.Entities.Count == 0))
        {
            return texts;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var session = new Session(connection, transaction, conversationId);
        var redacted = new List<string>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            redacted.Add(await RewriteAsync(session, texts[i], results[i], kind, cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return redacted;
    }

    private async Task<string> RewriteAsync(Session session, string text, RedactionResult result, RedactedText kind, CancellationToken cancellationToken)
    {
        var output = new StringBuilder(text.Length);
        var position = 0;
        foreach (var entity in result.Entities.OrderBy(e => e.Start))
        {
            // The redactor's own grouping (a later "Dana" shares "Dana Whitfield"'s placeholder) decides the value.
            var value = result.Placeholders.TryGetValue(entity.Placeholder, out var first) ? first : text.Substring(entity.Start, entity.Length);
            var digest = Digest(session.ConversationId, entity.Type, value);
            var placeholder = await session.FindAsync(digest, cancellationToken)
                ?? (kind == RedactedText.FromCustomer ? await session.AllocateAsync(digest, entity, text, cancellationToken) : null);
            output.Append(text, position, entity.Start - position).Append(placeholder ?? text.Substring(entity.Start, entity.Length));
            position = entity.Start + entity.Length;
        }

        return output.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>
    /// What a customer's account is called where it is stored instead of its display name: "user-" and 8 hex digits of
    /// a keyed digest of the account id, the same for the same id in every conversation (the id itself is kept anyway).
    /// </summary>
    public string AliasOf(string? accountId) => accountId is null
        ? "user"
        : "user-" + Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes($"account\n{accountId}")))[..8];

    // "4111 1111-1111 1111" and "4111111111111111", "Ana@Example.com" and "ana@example.com" are one value.
    private string Digest(string conversationId, string type, string value)
    {
        var normalized = new string([.. value.Where(c => char.IsLetterOrDigit(c) || c == '@').Select(char.ToLowerInvariant)]);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes($"{conversationId}\n{type}\n{normalized}")));
    }

    private sealed class Session(SqliteConnection connection, SqliteTransaction transaction, string conversationId)
    {
        private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

        public string ConversationId => conversationId;

        public async Task<string?> FindAsync(string digest, CancellationToken cancellationToken)
        {
            if (_known.TryGetValue(digest, out var known))
            {
                return known;
            }

            await using var command = Command("SELECT placeholder FROM bot_pii_placeholders WHERE conversation_id = $c AND digest = $d");
            command.Parameters.AddWithValue("$d", digest);
            if (await command.ExecuteScalarAsync(cancellationToken) is string found)
            {
                _known[digest] = found;
                return found;
            }

            return null;
        }

        public async Task<string> AllocateAsync(string digest, RedactedEntity entity, string text, CancellationToken cancellationToken)
        {
            await using var max = Command("SELECT COALESCE(MAX(number), 0) FROM bot_pii_placeholders WHERE conversation_id = $c AND type = $t");
            max.Parameters.AddWithValue("$t", entity.Type);
            var number = (long)(await max.ExecuteScalarAsync(cancellationToken))!;
            string placeholder;
            do
            {
                placeholder = Format(entity, ++number);
            }
            while (text.Contains(placeholder, StringComparison.OrdinalIgnoreCase));

            await using var insert = Command(
                "INSERT INTO bot_pii_placeholders (conversation_id, digest, type, number, placeholder) VALUES ($c, $d, $t, $n, $p)");
            insert.Parameters.AddWithValue("$d", digest);
            insert.Parameters.AddWithValue("$t", entity.Type);
            insert.Parameters.AddWithValue("$n", number);
            insert.Parameters.AddWithValue("$p", placeholder);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            _known[digest] = placeholder;
            return placeholder;
        }

        // The redactor's label ([CARD_1] → [CARD_n]); another redactor's format falls back to the entity type.
        private static string Format(RedactedEntity entity, long number)
        {
            var p = entity.Placeholder;
            var underscore = p.LastIndexOf('_');
            var label = p.StartsWith('[') && p.EndsWith(']') && underscore > 1 ? p[1..underscore] : entity.Type.ToUpperInvariant();
            return string.Create(CultureInfo.InvariantCulture, $"[{label}_{number}]");
        }

        private SqliteCommand Command(string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$c", conversationId);
            return command;
        }
    }
}
