namespace SlmAssistant.Cli.FineTuning;

/// <summary>A question the offline writer asked of a chunk, and the sentence of that chunk that answers it.</summary>
public sealed record SyntheticQuestion(string Question, string Answer);
