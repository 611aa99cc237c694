namespace SlmAssistant.Tools.Scope.OutOfScope;

/// <summary>How <see cref="HeldOutIntentTrainer"/> makes out-of-scope examples from in-scope data alone.</summary>
public sealed record HeldOutIntentSettings
{
    /// <summary>Folds of intents (and of examples): each fold's intents are unknown to the classifier trained without them.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Seed of the fold assignment, so a run is reproducible.</summary>
    public int Seed { get; init; } = 17;

    /// <summary>
    /// Count a held-out example of a known intent that the fold's classifier gets wrong as out of scope: what the
    /// threshold keeps is in-scope accuracy (right and not rejected), and rejecting a wrong answer costs none of it.
    /// </summary>
    public bool MisclassifiedAsOutOfScope { get; init; } = true;

    /// <summary>Weigh how much of an input's wording the exemplars use (<see cref="LexicalCoverage"/>); needs the input's text.</summary>
    public bool UseWords { get; init; } = true;

    /// <summary>
    /// Add the training set's real out-of-scope examples, when it has any, to the held-out intents as negatives. Off
    /// by default: the detector then needs no out-of-scope data at all.
    /// </summary>
    public bool UseOutOfScopeExamples { get; init; }

    /// <summary>Share of the out-of-scope class's weight the real out-of-scope examples carry, however few they are.</summary>
    public double OutOfScopeExampleShare { get; init; } = 0.25;

    public LogisticRegressionSettings Regression { get; init; } = new();
}
