namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>What happened to one source.</summary>
/// <param name="Chunks">Chunks stored for the document (for unchanged documents, the chunks already stored).</param>
/// <param name="Reason">Why it failed; null otherwise.</param>
/// <param name="Warnings">Things a person may want to check, such as a guessed text encoding.</param>
public sealed record IngestionFileResult(string Source, IngestionOutcome Status, int Chunks, string? Reason, IReadOnlyList<string> Warnings)
{
    public static IngestionFileResult Ingested(string source, int chunks, IReadOnlyList<string> warnings) =>
        new(source, IngestionOutcome.Ingested, chunks, null, warnings);

    public static IngestionFileResult Unchanged(string source, int chunks) => new(source, IngestionOutcome.Unchanged, chunks, null, []);

    public static IngestionFileResult Failed(string source, string reason, IReadOnlyList<string>? warnings = null) =>
        new(source, IngestionOutcome.Failed, 0, reason, warnings ?? []);

    public static IngestionFileResult Removed(string source, int chunks) => new(source, IngestionOutcome.Removed, chunks, null, []);
}
