namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>One line of tests/eval/*.jsonl: a question, its category and the route it should take.</summary>
/// <param name="Category">in_scope, out_of_scope, personal_data, emergency, smalltalk or handoff.</param>
public sealed record RoutingQuestion(string Id, string Question, string Category, string ExpectedRoute)
{
    public const string InScope = "in_scope";
    public const string OutOfScope = "out_of_scope";
    public const string Emergency = "emergency";
}
