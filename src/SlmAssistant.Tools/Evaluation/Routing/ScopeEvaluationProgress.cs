namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>Where a benchmark run is: a stage and how far through it.</summary>
public sealed record ScopeEvaluationProgress(string Stage, int Done, int Total)
{
    public const string EmbeddingExemplars = "embedding exemplars";
    public const string TrainingHead = "training head";
    public const string TrainingDetector = "training detector";
    public const string EmbeddingValidation = "embedding validation";
    public const string Calibrating = "calibrating";
    public const string EmbeddingTest = "embedding test";
    public const string Scoring = "scoring test";
}
