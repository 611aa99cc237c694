namespace SlmAssistant.Admin.Features.Conversations;

/// <summary>
/// Reads the bot's transcripts and feedback for the console. The bot owns the tables; the console only reads, and
/// shows "no data yet" while they do not exist.
/// </summary>
public interface IConversationReader
{
    /// <summary>False while the bot has stored nothing (its tables do not exist yet).</summary>
    Task<bool> IsAvailableAsync(CancellationToken cancellationToken = default);

    /// <summary>Newest first; <paramref name="feedback"/> "like"/"dislike"/"unanswered" keeps only conversations with such a turn.</summary>
    Task<IReadOnlyList<ConversationSummary>> ListAsync(int take = 100, string? feedback = null, CancellationToken cancellationToken = default);

    Task<ConversationTranscript?> GetAsync(string id, CancellationToken cancellationToken = default);
}
