using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Scope.Calibration;

/// <summary>The chosen threshold, its validation figures, whether the target was met, and the curve it came from.</summary>
public sealed record CalibrationResult(
    double Threshold,
    CalibrationPoint Chosen,
    bool MetTarget,
    IReadOnlyList<CalibrationPoint> Curve)
{
    public RejectionRule Rule => new(Threshold);
}
