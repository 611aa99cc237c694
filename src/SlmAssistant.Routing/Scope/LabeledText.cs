namespace SlmAssistant.Routing.Scope;

/// <summary>One example sentence and the label (intent, domain or route) it belongs to.</summary>
public sealed record LabeledText(string Text, string Label);
