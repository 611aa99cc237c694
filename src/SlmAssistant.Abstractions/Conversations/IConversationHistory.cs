namespace SlmAssistant.Abstractions.Conversations;

/// <summary>
/// What staff read of the bot's conversations: transcripts with the answers' route, mode and feedback, and the
/// questions to fix, and erasure of one conversation on request. The bot owns the conversations; the console reads them
/// only through this port. Texts are as stored: redacted, with placeholders such as [CARD_1].
/// </summary>
public interface IConversationHistory
{
    /// <summary>False while the bot has held no conversation.</summary>
    Task<bool> HasAnyAsync(CancellationToken cancellationToken = default);

    /// <summary>Newest first; <paramref name="feedback"/> "like"/"dislike"/"unanswered" keeps only conversations with such a turn.</summary>
    Task<IReadOnlyList<ConversationSummary>> ListAsync(int take = 100, string? feedback = null, CancellationToken cancellationToken = default);

    Task<ConversationTranscript?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The most frequent questions (same wording, case and spaces aside) with that outcome since the UTC day given.</summary>
    Task<IReadOnlyList<QuestionCount>> TopQuestionsAsync(QuestionOutcome outcome, DateOnly since, int take = 10, CancellationToken cancellationToken = default);

    /// <summary>Deletes the conversation and everything kept about it (transcript, answers, feedback, handoffs); false when it does not exist.</summary>
    Task<bool> EraseAsync(string id, CancellationToken cancellationToken = default);
}
