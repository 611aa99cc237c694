using Microsoft.Extensions.AI;

namespace SlmAssistant.Routing.Scope;

/// <summary>Embeds many texts in batches into one <see cref="EmbeddingMatrix"/>, reporting how many are done.</summary>
public static class TextEmbedder
{
    public const int DefaultBatchSize = 64;

    public static async Task<EmbeddingMatrix> EmbedAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator,
        IReadOnlyList<string> texts,
        EmbeddingGenerationOptions? options = null,
        IProgress<int>? progress = null,
        int batchSize = DefaultBatchSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var rows = new List<ReadOnlyMemory<float>>(texts.Count);
        for (var start = 0; start < texts.Count; start += batchSize)
        {
            var batch = texts.Skip(start).Take(batchSize).ToList();
            var embeddings = await generator.GenerateAsync(batch, options, cancellationToken);
            if (embeddings.Count != batch.Count)
            {
                throw new InvalidOperationException($"The embedding generator returned {embeddings.Count} vectors for {batch.Count} texts.");
            }

            rows.AddRange(embeddings.Select(e => e.Vector));
            progress?.Report(rows.Count);
        }

        return EmbeddingMatrix.FromRows(rows);
    }
}
