namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>The last known state of one source's ingestion.</summary>
/// <param name="Step">The step reached: queued, extracting, chunking, embedding, indexing, ready, failed, skipped.</param>
/// <param name="Error">Why it failed, when <paramref name="Step"/> is failed.</param>
public sealed record IngestionEntry(string Source, string ContentHash, string Step, string? Error, DateTimeOffset UpdatedAt);
