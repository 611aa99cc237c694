namespace SlmAssistant.Tools.Scope.Calibration;

public enum CalibrationObjective
{
    /// <summary>Highest out-of-scope recall whose in-scope accuracy still meets the target.</summary>
    MaxOosRecallAtTargetAccuracy,

    /// <summary>Highest mean of in-scope accuracy and out-of-scope recall (no target).</summary>
    Balanced,
}
