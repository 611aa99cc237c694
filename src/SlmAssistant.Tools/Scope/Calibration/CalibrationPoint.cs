namespace SlmAssistant.Tools.Scope.Calibration;

/// <summary>Validation figures if inputs scoring below <paramref name="Threshold"/> were rejected.</summary>
/// <param name="InScopeAccuracy">In-scope inputs with the right label and not rejected, over all in-scope inputs.</param>
/// <param name="InScopeAccuracyLowerBound">Wilson lower bound of <paramref name="InScopeAccuracy"/>.</param>
/// <param name="OosRecall">Out-of-scope inputs rejected, over all out-of-scope inputs.</param>
/// <param name="OosPrecision">Out-of-scope inputs rejected, over all rejected inputs (1 when none is rejected).</param>
/// <param name="FalseRejectionRate">In-scope inputs rejected, over all in-scope inputs.</param>
public sealed record CalibrationPoint(
    double Threshold,
    double InScopeAccuracy,
    double InScopeAccuracyLowerBound,
    double OosRecall,
    double OosPrecision,
    double FalseRejectionRate);
