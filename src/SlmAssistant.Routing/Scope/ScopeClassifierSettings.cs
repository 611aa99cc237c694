namespace SlmAssistant.Routing.Scope;

/// <summary>
/// How a <see cref="ScopeClassifier"/> scores labels. The defaults were chosen on CLINC150's validation split
/// (see docs in SlmAssistant.Tools, <c>Evaluation/Routing/ScopeEvaluator</c>): top-5 neighbour similarity, times the max-softmax probability of
/// a linear head when there are enough exemplars per label to train one.
/// </summary>
public sealed record ScopeClassifierSettings
{
    public LabelScoring Scoring { get; init; } = LabelScoring.NearestNeighbours;

    /// <summary>k for <see cref="LabelScoring.NearestNeighbours"/>; labels with fewer exemplars use all of theirs.</summary>
    public int Neighbours { get; init; } = 5;

    /// <summary>Train a softmax head on the exemplar embeddings; its probability multiplies the similarity.</summary>
    public bool UseSoftmaxHead { get; init; }

    public SoftmaxHeadSettings Head { get; init; } = new();

    /// <summary>Fit tied-covariance Gaussians per label, for Mahalanobis distances in <see cref="ScopeClassifier.Evidence"/>.</summary>
    public bool UseGaussian { get; init; }

    /// <summary>Shrinkage of the Gaussians' shared covariance towards its mean variance.</summary>
    public double GaussianShrinkage { get; init; } = 0.1;
}
