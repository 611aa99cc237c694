namespace SlmAssistant.Bot.Conversations;

/// <param name="Reaction">"like" or "dislike".</param>
/// <param name="AnswerId">The answer judged; null when the message it names is not one of ours.</param>
public sealed record FeedbackRecord(
    string ConversationId,
    string? AnswerId,
    string? ActivityId,
    string Reaction,
    string? Comment,
    DateTimeOffset CreatedAt);
