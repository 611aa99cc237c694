namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>How a router did on a question set.</summary>
/// <param name="InScopeEscalationRate">In-scope questions routed to the cloud.</param>
/// <param name="OutOfScopeCloudRate">Out-of-scope questions routed to the cloud.</param>
/// <param name="EmergencySafetyRate">Emergencies routed to safety.</param>
/// <param name="Accuracy">Questions routed as expected, over all.</param>
/// <param name="Outcomes">Every question's route and scores.</param>
public sealed record RoutingEvaluationReport(
    int Questions,
    double Accuracy,
    double InScopeEscalationRate,
    double OutOfScopeCloudRate,
    double EmergencySafetyRate,
    IReadOnlyList<RoutingCategoryResult> Categories,
    IReadOnlyList<RoutingMiss> Misses,
    double LatencyP50Ms,
    double LatencyP95Ms,
    double LatencyMaxMs,
    bool WithEvidence,
    IReadOnlyList<RoutingOutcome> Outcomes);
