using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Retrieval.Search;

/// <summary>
/// Keyword (BM25) and vector (cosine) retrieval over the store, fused by <see cref="ReciprocalRankFusion"/>.
/// The query is embedded with the query purpose. Without an embedding generator (none configured) the search
/// is keyword-only rather than broken.
/// </summary>
public sealed class HybridKnowledgeSearch : IKnowledgeSearch
{
    private readonly IKnowledgeStore _store;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _generator;
    private readonly HybridSearchOptions _options;

    public HybridKnowledgeSearch(
        IKnowledgeStore store, IOptions<HybridSearchOptions> options, IEmbeddingGenerator<string, Embedding<float>>? generator = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
        _generator = generator;
    }

    public bool IsVectorSearchEnabled => _generator is not null;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Query) || request.Top <= 0)
        {
            return [];
        }

        using var span = RetrievalTelemetry.Source.StartActivity(RetrievalTelemetry.SearchSpan);
        var started = Stopwatch.GetTimestamp();
        var filter = request.Filter ?? SearchFilter.None;
        var depth = Math.Max(_options.CandidateDepth, request.Top);
        // SQLite's "async" calls complete synchronously; a pool thread lets BM25 run while the query is embedded.
        var keyword = _options.KeywordWeight > 0
            ? Task.Run(() => KeywordSearchAsync(request.Query, filter, depth, cancellationToken), cancellationToken)
            : Task.FromResult<IReadOnlyList<ScoredChunk>>([]);
        var useVectors = _generator is not null && _options.VectorWeight > 0;
        var vector = useVectors
            ? await VectorSearchAsync(request.Query, filter, depth, cancellationToken)
            : [];
        var hits = ReciprocalRankFusion.Fuse(await keyword, vector, _options, request.Top);
        RetrievalTelemetry.Searched(span, request.Top, request.Filter?.Domain, useVectors, hits.Count, Stopwatch.GetElapsedTime(started));
        return hits;
    }

    private async Task<IReadOnlyList<ScoredChunk>> KeywordSearchAsync(string query, SearchFilter filter, int depth, CancellationToken cancellationToken)
    {
        using var span = RetrievalTelemetry.Source.StartActivity(RetrievalTelemetry.KeywordSpan);
        var candidates = await _store.KeywordSearchAsync(query, filter, depth, cancellationToken);
        RetrievalTelemetry.Candidates(span, candidates.Count);
        return candidates;
    }

    private async Task<IReadOnlyList<ScoredChunk>> VectorSearchAsync(string query, SearchFilter filter, int depth, CancellationToken cancellationToken)
    {
        using var span = RetrievalTelemetry.Source.StartActivity(RetrievalTelemetry.VectorSpan);
        var embedding = await _generator!.GenerateAsync([query], EmbeddingPurpose.ForQuery(), cancellationToken);
        var candidates = await _store.VectorSearchAsync(embedding[0].Vector, filter, depth, cancellationToken);
        RetrievalTelemetry.Candidates(span, candidates.Count);
        return candidates;
    }
}
