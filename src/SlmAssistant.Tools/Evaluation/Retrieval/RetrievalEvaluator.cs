using System.Diagnostics;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Tools.Evaluation.Retrieval;

/// <summary>
/// Runs judged queries through any <see cref="IKnowledgeSearch"/> and scores the ranking at document level: a corpus
/// document may be stored as several chunks, so each document takes the rank of its best chunk. The @10 metrics come
/// from a search for 10 hits, as the product asks for few; recall@100 from a deeper one.
/// </summary>
/// <param name="corpusIdOf">Maps a retrieved chunk back to the corpus id the judgments use.</param>
public sealed class RetrievalEvaluator(IKnowledgeSearch search, Func<KnowledgeChunk, string> corpusIdOf)
{
    /// <summary>Documents ranked per query; recall@100 needs 100.</summary>
    public const int Depth = 100;

    /// <summary>Chunks asked for per query for recall@100, so that <see cref="Depth"/> distinct documents usually remain.</summary>
    public int ChunkDepth { get; init; } = 150;

    public async Task<RetrievalScores> EvaluateAsync(
        IReadOnlyList<BeirQuery> queries,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> judgments,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(judgments);
        double ndcg = 0, recall10 = 0, recall100 = 0, mrr = 0;
        var elapsed = TimeSpan.Zero;
        foreach (var query in queries)
        {
            var relevant = judgments.GetValueOrDefault(query.Id) ?? new Dictionary<string, int>();
            var started = Stopwatch.GetTimestamp();
            var first = await RankAsync(query.Text, 10, cancellationToken);
            elapsed += Stopwatch.GetElapsedTime(started);
            var deep = await RankAsync(query.Text, ChunkDepth, cancellationToken);
            ndcg += RetrievalMetrics.NdcgAt(first, relevant, 10);
            recall10 += RetrievalMetrics.RecallAt(first, relevant, 10);
            recall100 += RetrievalMetrics.RecallAt(deep, relevant, 100);
            mrr += RetrievalMetrics.ReciprocalRankAt(first, relevant, 10);
        }

        var n = Math.Max(queries.Count, 1);
        return new RetrievalScores(queries.Count, ndcg / n, recall10 / n, recall100 / n, mrr / n, elapsed / n);
    }

    /// <summary>Distinct corpus ids of the best <paramref name="chunks"/> chunks, best first, at most <see cref="Depth"/>.</summary>
    public async Task<IReadOnlyList<string>> RankAsync(string query, int chunks, CancellationToken cancellationToken = default)
    {
        var hits = await search.SearchAsync(new SearchRequest(query, chunks), cancellationToken);
        var ranked = new List<string>(Depth);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var id = corpusIdOf(hit.Chunk);
            if (seen.Add(id))
            {
                ranked.Add(id);
                if (ranked.Count == Depth)
                {
                    break;
                }
            }
        }

        return ranked;
    }
}
