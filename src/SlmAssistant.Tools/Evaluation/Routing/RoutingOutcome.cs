namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>One question's route with every score behind it, for threshold sweeps outside the product.</summary>
public sealed record RoutingOutcome(string Id, string Category, string Expected, string Actual, IReadOnlyDictionary<string, double> Scores);
