using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// The conversation store on SQLite (tables bot_* beside the knowledge store's own). What it keeps is redacted
/// (<see cref="TranscriptRedactor"/>): the caller's objects keep the original, so the turn in progress is answered as
/// written, but what is read back later (history, Direct Line's GET, the console) has placeholders.
/// </summary>
public sealed partial class SqliteConversationStore(
    ConversationDatabase database, TranscriptRedactor redactor, ConversationOriginals originals, TimeProvider time) : IConversationStore
{
    public async Task<ConversationInfo> EnsureConversationAsync(
        string conversationId,
        ConversationOrigin origin,
        string channelId,
        string? domain = null,
        string? userId = null,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO bot_conversations (id, origin, channel_id, domain, user_id, created_at)
                VALUES ($id, $origin, $channel, $domain, $user, $now) ON CONFLICT (id) DO NOTHING
                """;
            insert.Parameters.AddWithValue("$id", conversationId);
            insert.Parameters.AddWithValue("$origin", origin.ToString());
            insert.Parameters.AddWithValue("$channel", channelId);
            insert.Parameters.AddWithValue("$domain", Db(domain));
            insert.Parameters.AddWithValue("$user", Db(userId));
            insert.Parameters.AddWithValue("$now", Now());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return (await FindConversationAsync(connection, conversationId, cancellationToken))!;
    }

    public async Task<ConversationInfo?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindConversationAsync(connection, conversationId, cancellationToken);
    }

    public async Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE bot_conversations SET started = 1 WHERE id = $id AND started = 0";
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<StoredActivity> AppendAsync(
        string conversationId, Activity activity, ActivityDirection direction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var kind = direction == ActivityDirection.Incoming ? RedactedText.FromCustomer : RedactedText.FromBot;
        var (json, text) = await ActivityRedaction.RedactAsync(redactor, conversationId, activity, kind, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO bot_activities (conversation_id, watermark, id, direction, type, text, reply_to_id, json, created_at)
            SELECT $conversation, next.w, COALESCE($id, $conversation || '|' || printf('%07d', next.w)),
                   $direction, $type, $text, $replyTo, $json, $now
            FROM (SELECT COALESCE(MAX(watermark), 0) + 1 AS w FROM bot_activities WHERE conversation_id = $conversation) AS next
            RETURNING watermark, id
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$id", Db(activity.Id));
        command.Parameters.AddWithValue("$direction", direction.ToString());
        command.Parameters.AddWithValue("$type", activity.Type ?? string.Empty);
        command.Parameters.AddWithValue("$text", Db(text));
        command.Parameters.AddWithValue("$replyTo", Db(activity.ReplyToId));
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$now", Now());

        long watermark;
        string id;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            watermark = reader.GetInt64(0);
            id = reader.GetString(1);
        }

        await transaction.CommitAsync(cancellationToken);
        activity.Id = id;
        await originals.KeepAsync(
            conversationId, string.Create(CultureInfo.InvariantCulture, $"activity:{watermark}"), activity.Text, text, cancellationToken);
        return new StoredActivity(watermark, direction, activity);
    }

    public async Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(
        string conversationId, long afterWatermark, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT watermark, id, direction, json FROM bot_activities
            WHERE conversation_id = $conversation AND watermark > $after ORDER BY watermark LIMIT $limit
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$after", afterWatermark);
        command.Parameters.AddWithValue("$limit", limit);
        var activities = new List<StoredActivity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var activity = JsonSerializer.Deserialize<Activity>(reader.GetString(3), ProtocolJson.Options)!;
            activity.Id = reader.GetString(1);
            activities.Add(new StoredActivity(reader.GetInt64(0), Enum.Parse<ActivityDirection>(reader.GetString(2)), activity));
        }

        return activities;
    }

    public async Task<long> GetWatermarkAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(watermark), 0) FROM bot_activities WHERE conversation_id = $conversation";
        command.Parameters.AddWithValue("$conversation", conversationId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<ConversationTurn>> GetHistoryAsync(
        string conversationId, long beforeWatermark, int maxTurns, CancellationToken cancellationToken = default)
    {
        if (maxTurns == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT direction, text FROM bot_activities
            WHERE conversation_id = $conversation AND watermark < $before AND type = 'message' AND text IS NOT NULL AND text <> ''
            ORDER BY watermark DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$before", beforeWatermark);
        command.Parameters.AddWithValue("$limit", maxTurns);
        var turns = new List<ConversationTurn>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var role = reader.GetString(0) == nameof(ActivityDirection.Incoming) ? ConversationTurn.User : ConversationTurn.Assistant;
            turns.Add(new ConversationTurn(role, reader.GetString(1)));
        }

        turns.Reverse();
        return turns;
    }

    public async Task SaveAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var question = await redactor.RedactAsync(answer.ConversationId, answer.Question, RedactedText.FromCustomer, cancellationToken);
        var text = await redactor.RedactAsync(answer.ConversationId, answer.Answer, RedactedText.FromBot, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO bot_answers
                (answer_id, conversation_id, activity_id, question, answer, route, mode, domain, confidence, found, citations, created_at)
            VALUES ($answer, $conversation, $activity, $question, $text, $route, $mode, $domain, $confidence, $found, $citations, $at)
            """;
        command.Parameters.AddWithValue("$answer", answer.AnswerId);
        command.Parameters.AddWithValue("$conversation", answer.ConversationId);
        command.Parameters.AddWithValue("$activity", Db(answer.ActivityId));
        command.Parameters.AddWithValue("$question", question);
        command.Parameters.AddWithValue("$text", text);
        command.Parameters.AddWithValue("$route", answer.Route);
        command.Parameters.AddWithValue("$mode", answer.Mode);
        command.Parameters.AddWithValue("$domain", Db(answer.Domain));
        command.Parameters.AddWithValue("$confidence", answer.Confidence);
        command.Parameters.AddWithValue("$found", answer.Found ? 1 : 0);
        command.Parameters.AddWithValue("$citations", JsonSerializer.Serialize(answer.Citations, JsonSerializerOptions.Web));
        command.Parameters.AddWithValue("$at", answer.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await originals.KeepAsync(answer.ConversationId, $"question:{answer.AnswerId}", answer.Question, question, cancellationToken);
        await originals.KeepAsync(answer.ConversationId, $"answer:{answer.AnswerId}", answer.Answer, text, cancellationToken);
    }

    public async Task<AnswerRecord?> FindAnswerAsync(
        string conversationId, string? answerId, string? activityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT answer_id, conversation_id, activity_id, question, answer, route, mode, domain, confidence, found, citations, created_at
            FROM bot_answers
            WHERE conversation_id = $conversation AND (answer_id = $answer OR activity_id = $activity)
            LIMIT 1
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$answer", Db(answerId));
        command.Parameters.AddWithValue("$activity", Db(activityId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return ReadAnswer(reader);
    }

    private static async Task<ConversationInfo?> FindConversationAsync(
        SqliteConnection connection, string conversationId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, channel_id, domain, user_id, started, created_at, origin FROM bot_conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ConversationInfo(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetInt64(4) == 1,
            DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
            Enum.Parse<ConversationOrigin>(reader.GetString(6)));
    }

    // answer_id, conversation_id, activity_id, question, answer, route, mode, domain, confidence, found, citations, created_at.
    private static AnswerRecord ReadAnswer(SqliteDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.GetString(5),
            reader.GetString(6),
            reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.GetDouble(8),
            reader.GetInt64(9) == 1,
            JsonSerializer.Deserialize<List<Citation>>(reader.GetString(10), JsonSerializerOptions.Web) ?? [],
            DateTimeOffset.Parse(reader.GetString(11), CultureInfo.InvariantCulture));

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
