namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>Per category: how many, how many as expected, and where they went.</summary>
public sealed record RoutingCategoryResult(string Category, int Count, int Correct, IReadOnlyDictionary<string, int> Routes);
