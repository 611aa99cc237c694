namespace SlmAssistant.Routing.Routing;

/// <summary>Keys of <c>RouteDecision.Scores</c> written by the <see cref="ScopeRouter"/>.</summary>
public static class RouteScoreKeys
{
    /// <summary>Prefix of the similarity to each exemplar label: <c>similarity:medical</c>.</summary>
    public const string SimilarityPrefix = "similarity:";

    /// <summary>Prefix of the thresholds in force: <c>threshold:domain</c>.</summary>
    public const string ThresholdPrefix = "threshold:";

    /// <summary>Cosine of the best retrieved chunk; 0 without evidence.</summary>
    public const string Evidence = "evidence";

    /// <summary>1 when the emergency phrase screen matched, else 0.</summary>
    public const string EmergencyPattern = "pattern:emergency";

    /// <summary>1 when the handoff phrase screen matched, else 0.</summary>
    public const string HandoffPattern = "pattern:handoff";

    public const string Words = "words";

    /// <summary>1 when the turn names something the knowledge never mentions.</summary>
    public const string UnfamiliarName = "unfamiliar-name";

    /// <summary>1 when the turn asks for a general assistant's work (write a poem, translate this).</summary>
    public const string TaskRequest = "task-request";

    /// <summary>Similarity of the closest domain minus that of the out-of-scope exemplars.</summary>
    public const string OutOfScopeLead = "out-of-scope-lead";

    public const string EmergencyThreshold = ThresholdPrefix + "emergency";
    public const string HandoffThreshold = ThresholdPrefix + "handoff";
    public const string SmalltalkThreshold = ThresholdPrefix + "smalltalk";
    public const string DomainThreshold = ThresholdPrefix + "domain";
    public const string EvidenceThreshold = ThresholdPrefix + "evidence";
    public const string OutOfScopeMargin = ThresholdPrefix + "out-of-scope-margin";

    public static string Similarity(string label) => SimilarityPrefix + label;
}
