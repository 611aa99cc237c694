namespace SlmAssistant.Tools.Scope.Calibration;

public sealed record CalibrationSettings
{
    public CalibrationObjective Objective { get; init; } = CalibrationObjective.MaxOosRecallAtTargetAccuracy;

    /// <summary>Share of in-scope inputs that must be classified correctly and not rejected.</summary>
    public double TargetInScopeAccuracy { get; init; } = 0.90;

    /// <summary>
    /// The target must hold for the lower bound of the accuracy's Wilson interval at this z (1.645: one-sided 95%),
    /// not just for the point estimate, so a threshold picked on validation keeps the target on unseen data.
    /// 0 uses the point estimate.
    /// </summary>
    public double ConfidenceZ { get; init; } = 1.645;

    /// <summary>How many points the reported curve keeps (the chosen threshold is always included).</summary>
    public int CurvePoints { get; init; } = 41;
}
