using System.Text.Json.Serialization;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>
/// One file waiting for, going through or done with ingestion: an upload, a re-index of a stored document, or a file
/// of a run over files and folders (the CLI, start-up seeding).
/// </summary>
/// <param name="Kind">"upload", "reindex" or "file" (<see cref="QueueItemKinds"/>).</param>
/// <param name="FileName">The name the client gave, shown escaped; never used as a path.</param>
/// <param name="BlobId">The stored upload under uploads/; null for a re-index of a knowledge file.</param>
/// <param name="FilePath">The file to read: a knowledge file's store source for a re-index, the full path for a file item.</param>
/// <param name="State">A step of <see cref="IngestionSteps"/>: queued, extracting … ready or failed.</param>
/// <param name="Outcome">When finished: ingested, unchanged or failed.</param>
/// <param name="RequestedBy">The admin who uploaded or re-indexed, or "cli" or "seeding" for a run over files.</param>
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

    /// <summary>The run over files that last took the item up; null for uploads and re-indexes.</summary>
    public string? BatchId { get; init; }

    /// <summary>What the pipeline warned about (a guessed text encoding …), once finished.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The public address the run gave for the document (`slm ingest FILE --url`).</summary>
    [JsonIgnore]
    public string? Url { get; init; }

    /// <summary>Tags the run stores on the document.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    public bool IsFinished => State is IngestionSteps.Ready or IngestionSteps.Failed;

    /// <summary>The finished item as the line of a run's report.</summary>
    public IngestionFileResult ToFileResult() => Outcome switch
    {
        _ when !IsFinished => IngestionFileResult.Failed(Source, "ingestion did not finish"),
        "ingested" => IngestionFileResult.Ingested(Source, Chunks, Warnings),
        "unchanged" => IngestionFileResult.Unchanged(Source, Chunks),
        _ => IngestionFileResult.Failed(Source, Error ?? "ingestion failed", Warnings),
    };
}
