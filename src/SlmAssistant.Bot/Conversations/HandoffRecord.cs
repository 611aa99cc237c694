namespace SlmAssistant.Bot.Conversations;

/// <summary>One offer or request of a person in a conversation, and what became of it.</summary>
/// <param name="AnswerId">The answer that made the offer; null when the customer asked for a person directly.</param>
/// <param name="State">One of <see cref="HandoffStates"/>.</param>
/// <param name="Summary">What the team is told when it takes over; set once the handoff starts.</param>
public sealed record HandoffRecord(
    string Id,
    string ConversationId,
    string? AnswerId,
    string? Domain,
    string State,
    string? Summary,
    DateTimeOffset CreatedAt);
