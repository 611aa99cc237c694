namespace SlmAssistant.Abstractions.Answers;

/// <param name="Domain">Restrict to one domain; null lets the system choose.</param>
public sealed record AnswerRequest(string Question, string? Domain = null)
{
    /// <summary>Earlier turns, so a follow-up like "and for electronics?" is understood against them.</summary>
    public IReadOnlyList<ConversationTurn> History { get; init; } = [];

    /// <summary>
    /// The turn continues the conversation's latest question even though it does not read as elliptical ("whats the
    /// smallest monthly payment?" after "Can I set up a payment plan?"): it is searched and understood with it.
    /// </summary>
    public bool FollowsUp { get; init; }
}
