using Microsoft.Extensions.AI;

namespace SlmAssistant.Routing.Scope;

/// <summary>
/// Embeds labelled exemplars and builds a <see cref="ScopeClassifier"/>. Exemplars and inputs must be embedded the
/// same way (symmetric), so the caller passes the same <see cref="EmbeddingGenerationOptions"/> for both.
/// </summary>
public static class ScopeClassifierBuilder
{
    public static async Task<ScopeClassifier> BuildAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator,
        IReadOnlyList<LabeledText> exemplars,
        ScopeClassifierSettings? settings = null,
        EmbeddingGenerationOptions? embeddingOptions = null,
        EmbeddingCache? cache = null,
        IProgress<int>? embedded = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(exemplars);
        var texts = exemplars.Select(e => e.Text).ToList();
        var matrix = cache is null
            ? await TextEmbedder.EmbedAsync(generator, texts, embeddingOptions, embedded, cancellationToken: cancellationToken)
            : await cache.GetOrEmbedAsync(generator, texts, embeddingOptions, embedded, cancellationToken);
        return ScopeClassifier.Create(matrix, exemplars.Select(e => e.Label).ToList(), settings, cancellationToken: cancellationToken);
    }
}
