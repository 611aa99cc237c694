namespace SlmAssistant.Abstractions.Routing;

/// <summary>Where one user turn goes, and why.</summary>
/// <param name="Route">Where the turn goes.</param>
/// <param name="Domain">The in-scope domain for local answers (e.g. medical); null otherwise.</param>
/// <param name="Confidence">0..1 confidence in the route.</param>
/// <param name="Scores">The signals behind the decision (similarity per domain, evidence strength, thresholds), for logs and the playground.</param>
/// <param name="Reason">A short human-readable explanation.</param>
public sealed record RouteDecision(
    Answers.Route Route,
    string? Domain,
    double Confidence,
    IReadOnlyDictionary<string, double> Scores,
    string Reason)
{
    /// <summary>
    /// Decided by a rule about the turn itself (it names another organisation, asks for a general assistant's task),
    /// not by how close it comes to the knowledge: the conversation around it does not change it.
    /// </summary>
    public bool IsRuled { get; init; }
}
