namespace SlmAssistant.Ingestion.Pipeline;

public enum IngestionOutcome
{
    /// <summary>Extracted, chunked, embedded and stored (new or changed).</summary>
    Ingested,

    /// <summary>Same bytes as the stored, ready document: nothing was done.</summary>
    Unchanged,

    /// <summary>Could not be ingested; the reason says why. A previously stored version, if any, is kept.</summary>
    Failed,

    /// <summary>Its file is gone and a sync run removed it from the store.</summary>
    Removed,
}
