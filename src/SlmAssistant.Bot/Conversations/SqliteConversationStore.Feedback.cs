using System.Globalization;

namespace SlmAssistant.Bot.Conversations;

public sealed partial class SqliteConversationStore
{
    public async Task SaveFeedbackAsync(FeedbackRecord feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var comment = await redactor.RedactAsync(feedback.ConversationId, feedback.Comment, RedactedText.FromCustomer, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO bot_feedback (conversation_id, answer_id, activity_id, reaction, comment, created_at)
            VALUES ($conversation, $answer, $activity, $reaction, $comment, $at)
            """;
        command.Parameters.AddWithValue("$conversation", feedback.ConversationId);
        command.Parameters.AddWithValue("$answer", Db(feedback.AnswerId));
        command.Parameters.AddWithValue("$activity", Db(feedback.ActivityId));
        command.Parameters.AddWithValue("$reaction", feedback.Reaction);
        command.Parameters.AddWithValue("$comment", Db(comment));
        command.Parameters.AddWithValue("$at", feedback.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await originals.KeepAsync(feedback.ConversationId, "feedback", feedback.Comment, comment, cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackRecord>> GetFeedbackAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT answer_id, activity_id, reaction, comment, created_at FROM bot_feedback
            WHERE conversation_id = $conversation ORDER BY id
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        var feedback = new List<FeedbackRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            feedback.Add(new FeedbackRecord(
                conversationId,
                reader.IsDBNull(0) ? null : reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
        }

        return feedback;
    }
}
