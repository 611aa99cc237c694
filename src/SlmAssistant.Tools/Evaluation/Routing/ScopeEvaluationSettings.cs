using SlmAssistant.Routing.Scope;
using SlmAssistant.Tools.Scope.Calibration;
using SlmAssistant.Tools.Scope.OutOfScope;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>
/// How a benchmark is run. Defaults (chosen on CLINC150 validation only): exemplars and inputs embedded with the
/// query prefix (symmetric; +4 points accuracy over plain embeddings for arctic-embed-xs), top-5 neighbour
/// similarity times a softmax head's probability, the threshold on a held-out-intent detector's in-scope probability
/// (<see cref="OutOfScopeMethod.TrainedDetector"/>) for ≥ 90% in-scope accuracy.
/// </summary>
public sealed record ScopeEvaluationSettings
{
    public ScopeClassifierSettings Classifier { get; init; } = new() { UseSoftmaxHead = true };

    public CalibrationSettings Calibration { get; init; } = new();

    public OutOfScopeMethod Method { get; init; } = OutOfScopeMethod.TrainedDetector;

    /// <summary>Training of the detector (<see cref="OutOfScopeMethod.TrainedDetector"/>).</summary>
    public HeldOutIntentSettings Detector { get; init; } = new();

    /// <summary>Embed exemplars and inputs alike as queries (<see cref="Abstractions.Knowledge.EmbeddingPurpose.ForQuery"/>).</summary>
    public bool EmbedAsQueries { get; init; } = true;

    /// <summary>Folder for cached embeddings (keyed by model and texts); null embeds every run.</summary>
    public string? EmbeddingCacheDirectory { get; init; }
}
