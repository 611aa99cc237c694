using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SlmAssistant.Bot.Conversations;

public sealed partial class SqliteConversationStore
{
    private const string HandoffColumns = "id, conversation_id, answer_id, domain, state, summary, created_at";

    public async Task SaveHandoffAsync(HandoffRecord handoff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var summary = await redactor.RedactAsync(handoff.ConversationId, handoff.Summary, RedactedText.FromBot, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO bot_handoffs (id, conversation_id, answer_id, domain, state, summary, created_at, updated_at)
            VALUES ($id, $conversation, $answer, $domain, $state, $summary, $created, $now)
            ON CONFLICT (id) DO UPDATE SET state = excluded.state, summary = excluded.summary, updated_at = excluded.updated_at
            """;
        command.Parameters.AddWithValue("$id", handoff.Id);
        command.Parameters.AddWithValue("$conversation", handoff.ConversationId);
        command.Parameters.AddWithValue("$answer", Db(handoff.AnswerId));
        command.Parameters.AddWithValue("$domain", Db(handoff.Domain));
        command.Parameters.AddWithValue("$state", handoff.State);
        command.Parameters.AddWithValue("$summary", Db(summary));
        command.Parameters.AddWithValue("$created", handoff.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$now", Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<HandoffRecord?> FindOpenOfferAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {HandoffColumns} FROM bot_handoffs
            WHERE conversation_id = $conversation AND state = '{HandoffStates.Offered}'
              AND answer_id = (SELECT answer_id FROM bot_answers WHERE conversation_id = $conversation ORDER BY created_at DESC, rowid DESC LIMIT 1)
            ORDER BY created_at DESC LIMIT 1
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        var found = await ReadHandoffsAsync(command, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<HandoffRecord>> GetHandoffsAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {HandoffColumns} FROM bot_handoffs WHERE conversation_id = $conversation ORDER BY created_at, rowid";
        command.Parameters.AddWithValue("$conversation", conversationId);
        return await ReadHandoffsAsync(command, cancellationToken);
    }

    private static async Task<List<HandoffRecord>> ReadHandoffsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var handoffs = new List<HandoffRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            handoffs.Add(new HandoffRecord(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture)));
        }

        return handoffs;
    }
}
