using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store.Vectors;

namespace SlmAssistant.Retrieval.Store;

/// <summary>
/// A vector search that every provider runs the same way: the scan of the in-memory index and the read of the chunks
/// are two steps, and a write committed between them leaves ids that no longer exist. Then the index has moved on
/// too, and a second pass sees one consistent version.
/// </summary>
internal static class ConsistentVectorSearch
{
    private const int Attempts = 3;

    public static async Task<IReadOnlyList<ScoredChunk>> RunAsync(
        ReadOnlyMemory<float> query,
        SearchFilter filter,
        int top,
        int parallelScanThreshold,
        Func<CancellationToken, Task<VectorIndex>> currentIndex,
        Func<long[], CancellationToken, Task<Dictionary<long, KnowledgeChunk>>> loadChunks,
        CancellationToken cancellationToken)
    {
        ScoredChunk[] found = [];
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var index = await currentIndex(cancellationToken);
            var hits = index.Search(query.Span, filter, top, parallelScanThreshold);
            var chunks = await loadChunks(hits.Select(h => h.Seq).ToArray(), cancellationToken);
            found = hits.Where(h => chunks.ContainsKey(h.Seq)).Select(h => new ScoredChunk(chunks[h.Seq], h.Score)).ToArray();
            if (found.Length == hits.Count)
            {
                break;
            }
        }

        return found;
    }
}
