using SlmAssistant.Routing.Scope.Calibration;

namespace SlmAssistant.Routing.Scope;

/// <summary>A classifier together with the rejection threshold calibrated for it on validation data.</summary>
public sealed record CalibratedScopeClassifier(ScopeClassifier Classifier, CalibrationResult Calibration)
{
    public ScopeClassification Classify(ReadOnlySpan<float> embedding) => Classifier.Classify(embedding, Calibration.Rule);
}
