using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>What a calibrated classifier is reported on, once.</summary>
public sealed record ScopeTestSet(IReadOnlyList<LabeledText> InScope, IReadOnlyList<LabeledText> OutOfScope);
