using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Scope.OutOfScope;

/// <summary>
/// The trained out-of-scope detector: a <see cref="LogisticRegression"/> over <see cref="IntentFeatures"/> of a
/// classifier's evidence, with the exemplars' <see cref="LexicalCoverage"/> when it was trained with texts.
/// </summary>
public sealed record OutOfScopeDetector(LogisticRegression Regression, LexicalCoverage? Lexicon = null)
{
    /// <summary>The probability that the input is in scope for <paramref name="classifier"/>.</summary>
    /// <param name="text">The input's text; required when the detector has a lexicon.</param>
    public double InScopeProbability(ScopeClassifier classifier, ReadOnlySpan<float> embedding, string? text = null) =>
        Regression.Probability(HeldOutIntentTrainer.Features(classifier, embedding, Lexicon, text));
}
