using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Abstractions.Answers;

/// <param name="Route">How the question was handled: local, cloud, safety, handoff, smalltalk.</param>
/// <param name="Mode">What produced the text: extractive, slm, cloud, fixed.</param>
/// <param name="Confidence">0..1, how strongly the evidence supports the answer.</param>
/// <param name="Found">False when the knowledge held no answer ("I don't know").</param>
public sealed record AnswerResult(
    string Answer,
    Route Route,
    string? Domain,
    double Confidence,
    IReadOnlyList<Citation> Citations,
    AnswerMode Mode,
    bool Found,
    TokenUsage? Usage = null)
{
    /// <summary>Up to three questions the knowledge can answer next.</summary>
    public IReadOnlyList<string> FollowUpQuestions { get; init; } = [];

    /// <summary>The conversation the answer belongs to, for callers that continue it (the JSON API, the CLI).</summary>
    public string? ConversationId { get; init; }

    /// <summary>The offer of a person made in this answer (the customer may say yes); null when none was made.</summary>
    public HandoffOffer? Handoff { get; init; }

    /// <summary>The routing decision's signals (similarities, evidence), for logs and the admin playground.</summary>
    public IReadOnlyDictionary<string, double> Scores { get; init; } = new Dictionary<string, double>();
}
