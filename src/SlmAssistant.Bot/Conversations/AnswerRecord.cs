using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Bot.Conversations;

/// <summary>One answer the bot gave, with how it was produced, so feedback can be judged against it.</summary>
/// <param name="AnswerId">Our id for the answer; Web Chat's feedback refers to it.</param>
/// <param name="ActivityId">The id of the message that carried the answer; Teams' feedback (replyToId) refers to it.</param>
public sealed record AnswerRecord(
    string AnswerId,
    string ConversationId,
    string? ActivityId,
    string Question,
    string Answer,
    string Route,
    string Mode,
    string? Domain,
    double Confidence,
    bool Found,
    IReadOnlyList<Citation> Citations,
    DateTimeOffset CreatedAt);
