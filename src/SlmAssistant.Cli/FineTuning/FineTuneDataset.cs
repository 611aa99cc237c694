namespace SlmAssistant.Cli.FineTuning;

/// <summary>A domain's examples, split by document.</summary>
public sealed record FineTuneDataset(
    IReadOnlyList<FineTuneExample> Train,
    IReadOnlyList<FineTuneExample> Validation,
    IReadOnlySet<string> ValidationDocuments,
    FineTuneStatistics Statistics);
