using System.Collections.Concurrent;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>
/// The live step of items being ingested in this process (extracting, chunking, embedding n of m), kept in memory: the
/// table holds where an item stands durably, this adds the second-by-second detail the upload page shows.
/// </summary>
public sealed class IngestionProgressTracker
{
    private readonly ConcurrentDictionary<string, IngestionProgress> _live = new(StringComparer.Ordinal);

    public IProgress<IngestionProgress> For(string itemId) => new Sink(this, itemId);

    public void Clear(string itemId) => _live.TryRemove(itemId, out _);

    /// <summary>The item with its live step, when it is being ingested here.</summary>
    public IngestionQueueItem Apply(IngestionQueueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.IsFinished || !_live.TryGetValue(item.Id, out var progress)
            || progress.Step is IngestionSteps.Ready or IngestionSteps.Failed)
        {
            return item;
        }

        return item with { State = progress.Step, Chunks = progress.ChunkCount, ChunksEmbedded = progress.ChunksEmbedded };
    }

    // Synchronous on purpose: Progress<T> would post to the thread pool and could apply steps out of order.
    private sealed class Sink(IngestionProgressTracker tracker, string itemId) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value) => tracker._live[itemId] = value;
    }
}
