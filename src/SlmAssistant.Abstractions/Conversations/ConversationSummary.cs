namespace SlmAssistant.Abstractions.Conversations;

/// <summary>One conversation in the list: when, where, how long, the first question and the feedback it got.</summary>
public sealed record ConversationSummary(
    string Id,
    string? Channel,
    DateTimeOffset StartedAt,
    DateTimeOffset LastActivityAt,
    int MessageCount,
    string? FirstQuestion,
    int Likes,
    int Dislikes,
    int Unanswered);
