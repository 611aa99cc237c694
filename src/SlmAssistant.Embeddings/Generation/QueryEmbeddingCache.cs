using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Embeddings.Generation;

/// <summary>
/// Remembers the vectors of recent queries, so one turn embeds its question once although retrieval, routing and
/// answer composition each ask for it. Only single query-purpose requests are cached (passages are embedded in
/// batches at ingestion and never repeat); the oldest entries go first once <paramref name="capacity"/> is reached.
/// A capacity of 0 keeps only the latest question (a lone turn still embeds its question once).
/// </summary>
public sealed class QueryEmbeddingCache(IEmbeddingGenerator<string, Embedding<float>> inner, int capacity = QueryEmbeddingCache.DefaultCapacity)
    : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int DefaultCapacity = 1024;

    private int Capacity => Math.Max(capacity, 1);

    private readonly ConcurrentDictionary<string, Embedding<float>> _vectors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values as IReadOnlyList<string> ?? values.ToList();
        if (texts.Count != 1 || !EmbeddingPurpose.IsQuery(options))
        {
            return await inner.GenerateAsync(texts, options, cancellationToken);
        }

        if (_vectors.TryGetValue(texts[0], out var cached))
        {
            return [cached];
        }

        var generated = await inner.GenerateAsync(texts, options, cancellationToken);
        if (_vectors.TryAdd(texts[0], generated[0]))
        {
            _order.Enqueue(texts[0]);
            while (_order.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                _vectors.TryRemove(oldest, out _);
            }
        }

        return generated;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(QueryEmbeddingCache) ? this : inner.GetService(serviceType, serviceKey);

    public void Dispose()
    {
        // The inner generator is a singleton of its own; the container disposes it.
    }
}
