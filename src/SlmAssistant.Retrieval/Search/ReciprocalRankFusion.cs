using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Retrieval.Search;

/// <summary>
/// Reciprocal-rank fusion: a chunk scores Σ weight / (k + rank) over the rankings that contain it (rank from 1).
/// Ranks, unlike raw scores, are comparable between BM25 and cosine, so no score normalization is needed.
/// </summary>
public static class ReciprocalRankFusion
{
    public static IReadOnlyList<SearchHit> Fuse(
        IReadOnlyList<ScoredChunk> keyword, IReadOnlyList<ScoredChunk> vector, HybridSearchOptions options, int top)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        ArgumentNullException.ThrowIfNull(vector);
        ArgumentNullException.ThrowIfNull(options);
        var fused = new Dictionary<string, (KnowledgeChunk Chunk, double Score, double? Keyword, double? Vector, int First)>(StringComparer.Ordinal);
        var order = 0;
        for (var i = 0; i < keyword.Count; i++)
        {
            var hit = keyword[i];
            var contribution = options.KeywordWeight / (options.RrfK + i + 1);
            fused[hit.Chunk.Id] = fused.TryGetValue(hit.Chunk.Id, out var seen)
                ? seen with { Score = seen.Score + contribution, Keyword = seen.Keyword ?? hit.Score }
                : (hit.Chunk, contribution, hit.Score, null, order++);
        }

        for (var i = 0; i < vector.Count; i++)
        {
            var hit = vector[i];
            var contribution = options.VectorWeight / (options.RrfK + i + 1);
            fused[hit.Chunk.Id] = fused.TryGetValue(hit.Chunk.Id, out var seen)
                ? seen with { Score = seen.Score + contribution, Vector = seen.Vector ?? hit.Score }
                : (hit.Chunk, contribution, null, hit.Score, order++);
        }

        return fused.Values
            .OrderByDescending(f => f.Score)
            .ThenBy(f => f.First)
            .Take(top)
            .Select(f => new SearchHit(f.Chunk, f.Score, f.Keyword, f.Vector))
            .ToArray();
    }
}
