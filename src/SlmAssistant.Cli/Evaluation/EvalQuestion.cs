namespace SlmAssistant.Cli.Evaluation;

/// <summary>One line of tests/eval/*.jsonl. Fields a category does not use are null.</summary>
/// <param name="Category">in_scope, out_of_scope, personal_data, emergency, smalltalk, handoff; null for follow-up cases.</param>
/// <param name="Source">The document that answers an in-scope question.</param>
/// <param name="Expected">A key fact that appears verbatim in the answering passage.</param>
/// <param name="Turns">For follow-up cases: the user's turns, the last one elliptical ("and for electronics?").</param>
public sealed record EvalQuestion(
    string Id,
    string? Category,
    string? Domain,
    string? Question,
    string? Source,
    string? Section,
    string? Expected,
    string? ExpectedRoute,
    IReadOnlyList<string>? Turns)
{
    public const string InScope = "in_scope";

    public string FileName { get; init; } = string.Empty;
}
