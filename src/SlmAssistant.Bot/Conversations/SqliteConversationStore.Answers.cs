namespace SlmAssistant.Bot.Conversations;

public sealed partial class SqliteConversationStore
{
    public async Task<IReadOnlyList<ReviewedAnswer>> ListAnswersAsync(string? domain = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.answer_id, a.conversation_id, a.activity_id, a.question, a.answer, a.route, a.mode, a.domain, a.confidence,
                   a.found, a.citations, a.created_at,
                   (SELECT f.reaction FROM bot_feedback f
                    WHERE f.conversation_id = a.conversation_id AND f.answer_id = a.answer_id ORDER BY f.id DESC LIMIT 1)
            FROM bot_answers a
            WHERE $domain IS NULL OR a.domain = $domain
            ORDER BY a.created_at, a.rowid
            """;
        command.Parameters.AddWithValue("$domain", Db(domain));
        var answers = new List<ReviewedAnswer>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            answers.Add(new ReviewedAnswer(ReadAnswer(reader), reader.IsDBNull(12) ? null : reader.GetString(12)));
        }

        return answers;
    }
}
