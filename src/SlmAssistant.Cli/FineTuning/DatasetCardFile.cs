namespace SlmAssistant.Cli.FineTuning;

public sealed record DatasetCardFile(int Examples, string Sha256);
