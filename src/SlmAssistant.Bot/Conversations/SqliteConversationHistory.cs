using System.Globalization;
using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Conversations;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// The staff's view of the bot's tables: the text messages of bot_activities in watermark order, each bot message
/// joined to the bot_answers row it carried (route, mode, domain, found) and to the latest bot_feedback on that answer.
/// </summary>
public sealed class SqliteConversationHistory(ConversationDatabase database, ConversationRetention retention) : IConversationHistory
{
    private const string C = ConversationTables.Conversations;
    private const string M = ConversationTables.Activities;
    private const string A = ConversationTables.Answers;
    private const string F = ConversationTables.Feedback;

    /// <summary>What a transcript shows: messages with text; typing, events and invokes stay out.</summary>
    private const string IsMessage = "m.type = 'message' AND m.text IS NOT NULL AND m.text <> ''";

    private const string LastActivity = $"coalesce((SELECT max(m.created_at) FROM {M} m WHERE m.conversation_id = c.id), c.created_at)";

    private const string SummaryColumns = $"""
        c.id, c.channel_id, c.created_at, {LastActivity},
        (SELECT count(*) FROM {M} m WHERE m.conversation_id = c.id AND {IsMessage}),
        (SELECT m.text FROM {M} m WHERE m.conversation_id = c.id AND m.direction = '{ConversationTables.Incoming}' AND {IsMessage} ORDER BY m.watermark LIMIT 1),
        (SELECT count(*) FROM {F} f WHERE f.conversation_id = c.id AND f.reaction = 'like'),
        (SELECT count(*) FROM {F} f WHERE f.conversation_id = c.id AND f.reaction = 'dislike'),
        (SELECT count(*) FROM {A} a WHERE a.conversation_id = c.id AND a.found = 0)
        """;

    private const string LatestFeedback = $"FROM {F} f WHERE {ConversationTables.FeedbackOnAnswer} ORDER BY f.id DESC LIMIT 1";

    private const string TranscriptSql = $"""
        SELECT m.watermark, m.created_at, m.direction, m.text, a.route, a.mode, a.domain, a.found,
            (SELECT f.reaction {LatestFeedback}), (SELECT f.comment {LatestFeedback})
        FROM {M} m
        LEFT JOIN {A} a ON a.conversation_id = m.conversation_id AND a.activity_id = m.id AND m.direction <> '{ConversationTables.Incoming}'
        WHERE m.conversation_id = $id AND {IsMessage}
        ORDER BY m.watermark
        """;

    public async Task<bool> HasAnyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ScalarAsync<long>($"SELECT EXISTS (SELECT 1 FROM {C})", cancellationToken) != 0;
    }

    public async Task<IReadOnlyList<ConversationSummary>> ListAsync(int take = 100, string? feedback = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var filter = feedback switch
        {
            "like" or "dislike" => $"WHERE EXISTS (SELECT 1 FROM {F} f WHERE f.conversation_id = c.id AND f.reaction = $feedback)",
            "unanswered" => $"WHERE EXISTS (SELECT 1 FROM {A} a WHERE a.conversation_id = c.id AND a.found = 0)",
            _ => string.Empty,
        };
        await using var command = connection.Command(
            $"SELECT {SummaryColumns} FROM {C} c {filter} ORDER BY 4 DESC LIMIT $take",
            ("$take", Math.Clamp(take, 1, 1000)), ("$feedback", feedback));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ConversationSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(ReadSummary(reader));
        }

        return list;
    }

    public async Task<ConversationTranscript?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        ConversationSummary? summary;
        await using (var command = connection.Command($"SELECT {SummaryColumns} FROM {C} c WHERE c.id = $id", ("$id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            summary = await reader.ReadAsync(cancellationToken) ? ReadSummary(reader) : null;
        }

        if (summary is null)
        {
            return null;
        }

        await using var messages = connection.Command(TranscriptSql, ("$id", id));
        await using var rows = await messages.ExecuteReaderAsync(cancellationToken);
        var list = new List<ConversationMessage>();
        while (await rows.ReadAsync(cancellationToken))
        {
            list.Add(new ConversationMessage(
                rows.GetInt64(0), rows.ReadTime(1), rows.GetString(2) == ConversationTables.Incoming ? "user" : "assistant", rows.GetString(3),
                rows.ReadNullableString(4), rows.ReadNullableString(5), rows.ReadNullableString(6), rows.IsDBNull(7) ? null : rows.GetInt64(7) != 0,
                rows.ReadNullableString(8), rows.ReadNullableString(9)));
        }

        return new ConversationTranscript(summary, list);
    }

    public async Task<IReadOnlyList<QuestionCount>> TopQuestionsAsync(
        QuestionOutcome outcome, DateOnly since, int take = 10, CancellationToken cancellationToken = default)
    {
        var condition = outcome switch
        {
            QuestionOutcome.Unanswered => "a.found = 0",
            QuestionOutcome.Disliked => $"EXISTS (SELECT 1 FROM {F} f WHERE {ConversationTables.FeedbackOnAnswer} AND f.reaction = 'dislike')",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT min(a.question), count(*) FROM {A} a WHERE substr(a.created_at, 1, 10) >= $since AND {condition} " +
            "GROUP BY lower(trim(a.question)) ORDER BY count(*) DESC, 1 LIMIT $take",
            ("$since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$take", Math.Clamp(take, 1, 100)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<QuestionCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new QuestionCount(reader.GetString(0), reader.GetInt32(1)));
        }

        return list;
    }

    public Task<bool> EraseAsync(string id, CancellationToken cancellationToken = default) => retention.EraseAsync(id, cancellationToken);

    private static ConversationSummary ReadSummary(SqliteDataReader reader) => new(
        reader.GetString(0), reader.ReadNullableString(1), reader.ReadTime(2), reader.ReadTime(3), reader.GetInt32(4),
        reader.ReadNullableString(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8));
}
