namespace SlmAssistant.Cli.Evaluation;

/// <summary>
/// Retrieval quality on the repository's own in-scope questions. A hit is relevant when it comes from the question's
/// source document and contains the expected fact (strict); the lenient figures accept the fact from any document,
/// since some facts (a fee, a window) are rightly repeated across documents.
/// </summary>
public sealed record RetrievalQuestionReport(
    int Questions,
    double RecallAt5,
    double MrrAt10,
    double LenientRecallAt5,
    double LenientMrrAt10,
    IReadOnlyDictionary<string, double> RecallAt5ByDomain,
    IReadOnlyList<string> Misses);
