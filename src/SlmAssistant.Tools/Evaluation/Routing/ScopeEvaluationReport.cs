using SlmAssistant.Tools.Scope.Calibration;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>Test figures of a calibrated scope classifier, with the validation figures it was calibrated on.</summary>
/// <param name="InScopeAccuracy">In-scope test inputs with the right label and not rejected.</param>
/// <param name="OosRecall">Out-of-scope test inputs rejected.</param>
/// <param name="OosPrecision">Rejected test inputs that were out of scope.</param>
/// <param name="FalseEscalationRate">In-scope test inputs rejected (they would go to the cloud).</param>
/// <param name="ClassificationAccuracy">In-scope test inputs with the right label, ignoring rejection.</param>
/// <param name="Threshold">The score threshold calibrated on validation.</param>
/// <param name="ThresholdMetTarget">Whether validation met the accuracy target at that threshold.</param>
/// <param name="Validation">Validation figures at the chosen threshold.</param>
/// <param name="CalibrationCurve">Validation figures over the swept thresholds.</param>
public sealed record ScopeEvaluationReport(
    string Dataset,
    string Model,
    string Method,
    double InScopeAccuracy,
    double OosRecall,
    double OosPrecision,
    double FalseEscalationRate,
    double ClassificationAccuracy,
    double Threshold,
    bool ThresholdMetTarget,
    CalibrationPoint Validation,
    IReadOnlyList<CalibrationPoint> CalibrationCurve,
    int TrainSize,
    int ValidationSize,
    int TestSize,
    int TestOosSize,
    double ElapsedSeconds);
