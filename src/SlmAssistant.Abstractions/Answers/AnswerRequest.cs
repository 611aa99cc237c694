namespace SlmAssistant.Abstractions.Answers;

/// <param name="Domain">Restrict to one domain; null lets the system choose.</param>
public sealed record AnswerRequest(string Question, string? Domain = null)
{
    /// <summary>Earlier turns, so a follow-up like "and for electronics?" is understood against them.</summary>
    public IReadOnlyList<ConversationTurn> History { get; init; } = [];
}
