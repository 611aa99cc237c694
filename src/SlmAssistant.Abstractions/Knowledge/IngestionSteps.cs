namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>Names of the ingestion steps as recorded in the journal.</summary>
public static class IngestionSteps
{
    public const string Queued = "queued";
    public const string Extracting = "extracting";
    public const string Chunking = "chunking";
    public const string Embedding = "embedding";
    public const string Indexing = "indexing";
    public const string Ready = "ready";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
}
