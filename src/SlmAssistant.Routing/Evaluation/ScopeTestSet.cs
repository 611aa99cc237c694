using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Routing.Evaluation;

/// <summary>What a calibrated classifier is reported on, once.</summary>
public sealed record ScopeTestSet(IReadOnlyList<LabeledText> InScope, IReadOnlyList<LabeledText> OutOfScope);
