namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>What a benchmark thresholds to tell out-of-scope inputs apart.</summary>
public enum OutOfScopeMethod
{
    /// <summary>
    /// A logistic-regression detector over <see cref="Scope.OutOfScope.IntentFeatures"/>, trained on intents held out
    /// of the training split (<see cref="Scope.OutOfScope.HeldOutIntentTrainer"/>); its in-scope probability is thresholded.
    /// </summary>
    TrainedDetector,

    /// <summary>The classifier's own score (similarity × head probability), as before the detector.</summary>
    ScoreThreshold,
}
