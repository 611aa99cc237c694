using SlmAssistant.Routing.Scope;
using SlmAssistant.Tools.Scope.Calibration;
using SlmAssistant.Tools.Scope.OutOfScope;

namespace SlmAssistant.Tools.Scope;

/// <summary>
/// A classifier together with the rejection threshold calibrated for it on validation data. With a
/// <paramref name="Detector"/>, the thresholded score is the detector's probability that the input is in scope;
/// without one, the classifier's own score.
/// </summary>
public sealed record CalibratedScopeClassifier(ScopeClassifier Classifier, CalibrationResult Calibration, OutOfScopeDetector? Detector = null)
{
    /// <param name="text">The input's text, which a detector with a lexicon needs.</param>
    public ScopeClassification Classify(ReadOnlySpan<float> embedding, string? text = null)
    {
        if (Detector is null)
        {
            return Classifier.Classify(embedding, Calibration.Rule);
        }

        var classification = Score(Classifier, Detector, embedding, text);
        return classification with { IsRejected = Calibration.Rule.Rejects(classification.Score, double.PositiveInfinity) };
    }

    /// <summary>The classification with its score replaced by the detector's in-scope probability (nothing rejected).</summary>
    public static ScopeClassification Score(ScopeClassifier classifier, OutOfScopeDetector detector, ReadOnlySpan<float> embedding, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(detector);
        var classification = classifier.Classify(embedding);
        return classification with { Score = detector.InScopeProbability(classifier, embedding, text) };
    }
}
