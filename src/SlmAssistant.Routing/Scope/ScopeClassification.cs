namespace SlmAssistant.Routing.Scope;

/// <summary>The outcome of classifying one input.</summary>
/// <param name="Label">The best label (even when rejected, so callers can see what it was closest to).</param>
/// <param name="Score">The thresholded signal: similarity, times the head's probability when there is a head.</param>
/// <param name="Similarity">Similarity of the best label (top-k mean or centroid cosine).</param>
/// <param name="Probability">The softmax head's probability of the best label; null without a head.</param>
/// <param name="RunnerUp">The second-best label; null when there is only one.</param>
/// <param name="Margin">Score of the best label minus that of the runner-up.</param>
/// <param name="IsRejected">True when the rejection rule says the input is out of scope.</param>
/// <param name="LabelScores">Score of every label, in <see cref="ScopeClassifier.Labels"/> order.</param>
public sealed record ScopeClassification(
    string Label,
    double Score,
    double Similarity,
    double? Probability,
    string? RunnerUp,
    double Margin,
    bool IsRejected,
    IReadOnlyList<double> LabelScores);
