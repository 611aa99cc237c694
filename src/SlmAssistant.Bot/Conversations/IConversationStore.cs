using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Conversations;

/// <summary>Conversations, their transcripts (both directions, in watermark order), answers and feedback.</summary>
public interface IConversationStore
{
    /// <summary>
    /// Creates the conversation unless it exists; returns it as stored, which may be another endpoint's or channel's
    /// (check <see cref="ConversationInfo.BelongsTo"/> before using it).
    /// </summary>
    Task<ConversationInfo> EnsureConversationAsync(
        string conversationId,
        ConversationOrigin origin,
        string channelId,
        string? domain = null,
        string? userId = null,
        CancellationToken cancellationToken = default);

    Task<ConversationInfo?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Marks the conversation opened; true only for the one caller that opened it.</summary>
    Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends an activity to the transcript. Without an id, the activity gets "{conversationId}|{watermark}" (the
    /// Direct Line form), written into <paramref name="activity"/>.
    /// </summary>
    Task<StoredActivity> AppendAsync(
        string conversationId, Activity activity, ActivityDirection direction, CancellationToken cancellationToken = default);

    /// <summary>Activities after <paramref name="afterWatermark"/> (0 for all), oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(
        string conversationId, long afterWatermark, int limit, CancellationToken cancellationToken = default);

    Task<long> GetWatermarkAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>The last <paramref name="maxTurns"/> messages with text before <paramref name="beforeWatermark"/>, oldest first.</summary>
    Task<IReadOnlyList<ConversationTurn>> GetHistoryAsync(
        string conversationId, long beforeWatermark, int maxTurns, CancellationToken cancellationToken = default);

    Task SaveAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken = default);

    /// <summary>The answer with this answer id, or the answer carried by the message with this activity id.</summary>
    Task<AnswerRecord?> FindAnswerAsync(
        string conversationId, string? answerId, string? activityId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every answer kept (as stored: redacted), oldest first, with the latest reaction to it; only those of
    /// <paramref name="domain"/> when one is given. What a fine-tuning data set learns from.
    /// </summary>
    Task<IReadOnlyList<ReviewedAnswer>> ListAnswersAsync(string? domain = null, CancellationToken cancellationToken = default);

    Task SaveFeedbackAsync(FeedbackRecord feedback, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<FeedbackRecord>> GetFeedbackAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Records a handoff (offered, accepted, declined or requested), replacing the record with the same id.</summary>
    Task SaveHandoffAsync(HandoffRecord handoff, CancellationToken cancellationToken = default);

    /// <summary>
    /// The offer of a person the customer can still answer: made with the conversation's latest answer and not yet
    /// accepted or declined. Asking anything else lets it lapse.
    /// </summary>
    Task<HandoffRecord?> FindOpenOfferAsync(string conversationId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<HandoffRecord>> GetHandoffsAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>The key kept in the database under <paramref name="name"/> (as given: the caller protects it), or null.</summary>
    Task<byte[]?> FindKeyAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps <paramref name="value"/> under <paramref name="name"/> unless a key is there already, and in the same
    /// transaction deletes the key named <paramref name="replaces"/> (overwritten on disk); returns what is kept under
    /// <paramref name="name"/>, so processes racing to create a key all end up with the one that won.
    /// </summary>
    Task<byte[]> AddKeyAsync(string name, byte[] value, string? replaces = null, CancellationToken cancellationToken = default);

    /// <summary>Keeps <paramref name="value"/> under <paramref name="name"/>, replacing what was there.</summary>
    Task ReplaceKeyAsync(string name, byte[] value, CancellationToken cancellationToken = default);
}
