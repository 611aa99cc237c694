namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>A question routed other than expected, with the decision's reason.</summary>
public sealed record RoutingMiss(string Id, string Question, string Category, string Expected, string Actual, string Reason);
