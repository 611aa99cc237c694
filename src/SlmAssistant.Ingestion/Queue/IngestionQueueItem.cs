using System.Text.Json.Serialization;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>
/// One file waiting for, going through or done with ingestion: an upload, or a re-index of a stored document.
/// </summary>
/// <param name="Kind">"upload" or "reindex" (<see cref="QueueItemKinds"/>).</param>
/// <param name="FileName">The name the client gave, shown escaped; never used as a path.</param>
/// <param name="BlobId">The stored upload under uploads/; null for a re-index of a knowledge file.</param>
/// <param name="FilePath">The knowledge file to re-read (its store source), for a re-index of a non-upload.</param>
/// <param name="State">A step of <see cref="IngestionSteps"/>: queued, extracting … ready or failed.</param>
/// <param name="Outcome">When finished: ingested, unchanged or failed.</param>
public sealed record IngestionQueueItem(
    string Id,
    string Kind,
    string Source,
    string FileName,
    string Domain,
    [property: JsonIgnore] string? BlobId,
    [property: JsonIgnore] string? FilePath,
    long SizeBytes,
    string? Format,
    string State,
    string? Outcome,
    int Chunks,
    string? Error,
    string RequestedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Attempts)
{
    /// <summary>Chunks embedded so far while <see cref="State"/> is embedding (live, not stored).</summary>
    public int ChunksEmbedded { get; init; }

    public bool IsFinished => State is IngestionSteps.Ready or IngestionSteps.Failed;
}
