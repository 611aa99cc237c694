using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>Everything a scope classifier may learn or calibrate from: exemplars and a validation split. No test data.</summary>
/// <param name="Exemplars">Labelled in-scope examples (never out-of-scope ones).</param>
/// <param name="ValidationInScope">Labelled in-scope examples held out from the exemplars, for calibration.</param>
/// <param name="ValidationOutOfScope">Out-of-scope examples for calibration; may be empty.</param>
/// <param name="TrainingOutOfScope">
/// Out-of-scope examples a trained detector may learn from (never calibrated on), used only when
/// <see cref="Scope.OutOfScope.HeldOutIntentSettings.UseOutOfScopeExamples"/> is set; null for none.
/// </param>
public sealed record ScopeTrainingSet(
    IReadOnlyList<LabeledText> Exemplars,
    IReadOnlyList<LabeledText> ValidationInScope,
    IReadOnlyList<LabeledText> ValidationOutOfScope,
    IReadOnlyList<LabeledText>? TrainingOutOfScope = null);
