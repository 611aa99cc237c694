namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>Where a run stands, for a progress bar.</summary>
/// <param name="FileIndex">1-based position of the current file in the run.</param>
/// <param name="Step">The step just entered, as in <see cref="SlmAssistant.Abstractions.Knowledge.IngestionSteps"/>.</param>
/// <param name="ChunksEmbedded">Chunks of the current file embedded so far.</param>
/// <param name="ChunkCount">Chunks of the current file (0 until it is chunked).</param>
public sealed record IngestionProgress(int FileIndex, int FileCount, string Source, string Step, int ChunksEmbedded, int ChunkCount);
