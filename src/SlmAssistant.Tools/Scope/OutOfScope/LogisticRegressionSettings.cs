namespace SlmAssistant.Tools.Scope.OutOfScope;

/// <summary>
/// Training of <see cref="LogisticRegression"/>: full-batch Adam on the class-balanced log loss of standardised
/// features, with an L2 penalty on the weights (not the bias). Deterministic: no sampling, so a run is reproducible.
/// </summary>
public sealed record LogisticRegressionSettings
{
    /// <summary>L2 penalty λ/2·‖w‖² on the standardised weights.</summary>
    public double L2 { get; init; } = 1e-3;

    public int Iterations { get; init; } = 300;

    public double LearningRate { get; init; } = 0.05;

    /// <summary>Weigh each class to half the loss, so the larger one does not drown the other.</summary>
    public bool BalanceClasses { get; init; } = true;
}
