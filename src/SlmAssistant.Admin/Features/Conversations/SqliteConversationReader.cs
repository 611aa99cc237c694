using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SlmAssistant.Admin.Infrastructure;

namespace SlmAssistant.Admin.Features.Conversations;

/// <summary>
/// Reads <see cref="ConversationTables"/> from knowledge.db when the bot has created them. A table of another shape
/// is logged and treated as empty rather than breaking the console.
/// </summary>
public sealed class SqliteConversationReader(AdminDatabase database, ILogger<SqliteConversationReader> logger) : IConversationReader
{
    private const string T = ConversationTables.Conversations;
    private const string M = ConversationTables.Messages;
    private const string F = ConversationTables.Feedback;

    private const string SummaryColumns = $"""
        c.id, c.channel, c.started_at, c.updated_at,
        (SELECT count(*) FROM {M} m WHERE m.conversation_id = c.id),
        (SELECT m.text FROM {M} m WHERE m.conversation_id = c.id AND m.role = 'user' ORDER BY m.id LIMIT 1),
        (SELECT count(*) FROM {F} f JOIN {M} m ON m.id = f.message_id WHERE m.conversation_id = c.id AND f.rating = 'like'),
        (SELECT count(*) FROM {F} f JOIN {M} m ON m.id = f.message_id WHERE m.conversation_id = c.id AND f.rating = 'dislike'),
        (SELECT count(*) FROM {M} m WHERE m.conversation_id = c.id AND m.role = 'assistant' AND m.found = 0)
        """;

    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await TablesExistAsync(connection, cancellationToken);
    }

    public async Task<IReadOnlyList<ConversationSummary>> ListAsync(int take = 100, string? feedback = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (!await TablesExistAsync(connection, cancellationToken))
        {
            return [];
        }

        var filter = feedback switch
        {
            "like" or "dislike" => $"WHERE EXISTS (SELECT 1 FROM {F} f JOIN {M} m ON m.id = f.message_id WHERE m.conversation_id = c.id AND f.rating = $feedback)",
            "unanswered" => $"WHERE EXISTS (SELECT 1 FROM {M} m WHERE m.conversation_id = c.id AND m.role = 'assistant' AND m.found = 0)",
            _ => string.Empty,
        };
        try
        {
            await using var command = connection.Command(
                $"SELECT {SummaryColumns} FROM {T} c {filter} ORDER BY c.updated_at DESC LIMIT $take",
                ("$take", Math.Clamp(take, 1, 1000)), ("$feedback", feedback));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var list = new List<ConversationSummary>();
            while (await reader.ReadAsync(cancellationToken))
            {
                list.Add(ReadSummary(reader));
            }

            return list;
        }
        catch (SqliteException e)
        {
            logger.LogWarning(e, "The bot's conversation tables have an unexpected shape");
            return [];
        }
    }

    public async Task<ConversationTranscript?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (!await TablesExistAsync(connection, cancellationToken))
        {
            return null;
        }

        try
        {
            ConversationSummary? summary;
            await using (var command = connection.Command($"SELECT {SummaryColumns} FROM {T} c WHERE c.id = $id", ("$id", id)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                summary = await reader.ReadAsync(cancellationToken) ? ReadSummary(reader) : null;
            }

            if (summary is null)
            {
                return null;
            }

            await using var messages = connection.Command(
                $"SELECT m.id, m.at, m.role, m.text, m.route, m.mode, m.found, " +
                $"(SELECT f.rating FROM {F} f WHERE f.message_id = m.id ORDER BY f.id DESC LIMIT 1), " +
                $"(SELECT f.comment FROM {F} f WHERE f.message_id = m.id ORDER BY f.id DESC LIMIT 1) " +
                $"FROM {M} m WHERE m.conversation_id = $id ORDER BY m.id",
                ("$id", id));
            await using var rows = await messages.ExecuteReaderAsync(cancellationToken);
            var list = new List<ConversationMessage>();
            while (await rows.ReadAsync(cancellationToken))
            {
                list.Add(new ConversationMessage(
                    rows.GetInt64(0), rows.ReadTime(1), rows.GetString(2), rows.GetString(3), rows.ReadNullableString(4), rows.ReadNullableString(5),
                    rows.IsDBNull(6) ? null : rows.GetInt64(6) != 0, rows.ReadNullableString(7), rows.ReadNullableString(8)));
            }

            return new ConversationTranscript(summary, list);
        }
        catch (SqliteException e)
        {
            logger.LogWarning(e, "The bot's conversation tables have an unexpected shape");
            return null;
        }
    }

    private static async Task<bool> TablesExistAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await AdminDatabase.TableExistsAsync(connection, T, cancellationToken)
        && await AdminDatabase.TableExistsAsync(connection, M, cancellationToken)
        && await AdminDatabase.TableExistsAsync(connection, F, cancellationToken);

    private static ConversationSummary ReadSummary(SqliteDataReader reader) => new(
        reader.GetString(0), reader.ReadNullableString(1), reader.ReadTime(2), reader.ReadTime(3), reader.GetInt32(4),
        reader.ReadNullableString(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8));
}
