namespace SlmAssistant.Tools.FineTuning.Import;

/// <summary>An imported adapter waiting for evaluation and activation: where it lives, what it is, where it came from.</summary>
/// <param name="File">The copy in the candidates folder, relative to it.</param>
/// <param name="SourceJob">The id in the job.json beside the imported output folder; <see langword="null"/> when there is none.</param>
public sealed record AdapterCandidate(
    string Name,
    string File,
    string Sha256,
    long Bytes,
    int Parameters,
    DateTimeOffset ImportedAt,
    string Source,
    string? SourceJob,
    string Model);
