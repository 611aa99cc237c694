using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// The originals of redacted texts, kept only when Conversations:KeepOriginals is on: encrypted with ASP.NET Core Data
/// Protection (so the database file alone does not reveal them) and deleted after Conversations:OriginalsRetentionDays.
/// </summary>
public sealed class ConversationOriginals(
    ConversationDatabase database, IOptions<ConversationsOptions> options, IDataProtectionProvider protection, TimeProvider time)
{
    public const string Purpose = "SlmAssistant.Conversations.Originals.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public bool Enabled => options.Value.KeepOriginals;

    /// <summary>Keeps <paramref name="original"/> when enabled and the stored text differs from it.</summary>
    public async Task KeepAsync(string conversationId, string item, string? original, string? stored, CancellationToken cancellationToken)
    {
        if (!Enabled || original is null || string.Equals(original, stored, StringComparison.Ordinal))
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO bot_originals (conversation_id, item, protected, created_at) VALUES ($c, $item, $p, $at)";
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$item", item);
        command.Parameters.AddWithValue("$p", _protector.Protect(Encoding.UTF8.GetBytes(original)));
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The conversation's originals still kept, oldest first, decrypted.</summary>
    public async Task<IReadOnlyList<OriginalText>> ReadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT item, protected, created_at FROM bot_originals WHERE conversation_id = $c ORDER BY id";
        command.Parameters.AddWithValue("$c", conversationId);
        var originals = new List<OriginalText>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            originals.Add(new OriginalText(
                reader.GetString(0),
                Encoding.UTF8.GetString(_protector.Unprotect((byte[])reader[1])),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture)));
        }

        return originals;
    }
}
