namespace SlmAssistant.Cli.FineTuning;

/// <summary>Which split a document's examples went to, and how many there are.</summary>
public sealed record DatasetCardDocument(string Split, int Examples);
