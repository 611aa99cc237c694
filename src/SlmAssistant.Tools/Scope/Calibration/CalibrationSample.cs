using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Scope.Calibration;

/// <summary>A classified validation input: its score, margin, and whether its best label was the right one.</summary>
public readonly record struct CalibrationSample(double Score, double Margin, bool IsCorrect)
{
    public static CalibrationSample From(ScopeClassification classification, string expectedLabel)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return new(classification.Score, classification.Margin, string.Equals(classification.Label, expectedLabel, StringComparison.Ordinal));
    }

    public static CalibrationSample OutOfScope(ScopeClassification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return new(classification.Score, classification.Margin, IsCorrect: false);
    }
}
