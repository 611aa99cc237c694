namespace SlmAssistant.Tools.FineTuning.Import;

/// <summary>An adapter file the import did not take, and why (unreadable, or the first tensor that does not fit).</summary>
public sealed record AdapterRefusal(string File, string Reason);
