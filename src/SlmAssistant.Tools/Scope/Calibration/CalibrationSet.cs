namespace SlmAssistant.Tools.Scope.Calibration;

/// <summary>
/// Validation predictions to calibrate on: in-scope inputs (with correctness) and out-of-scope inputs. Build it from
/// a validation split only; the calibrator never sees anything else.
/// </summary>
public sealed record CalibrationSet(IReadOnlyList<CalibrationSample> InScope, IReadOnlyList<CalibrationSample> OutOfScope);
