namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>The outcome of an ingestion run, file by file, with totals.</summary>
public sealed record IngestionReport(IReadOnlyList<IngestionFileResult> Files, TimeSpan Elapsed)
{
    public int Ingested => Count(IngestionOutcome.Ingested);

    public int Unchanged => Count(IngestionOutcome.Unchanged);

    public int Failed => Count(IngestionOutcome.Failed);

    public int Removed => Count(IngestionOutcome.Removed);

    /// <summary>Chunks written by this run (ingested documents only).</summary>
    public int ChunksWritten => Files.Where(f => f.Status == IngestionOutcome.Ingested).Sum(f => f.Chunks);

    public bool HasFailures => Failed > 0;

    private int Count(IngestionOutcome outcome) => Files.Count(f => f.Status == outcome);
}
