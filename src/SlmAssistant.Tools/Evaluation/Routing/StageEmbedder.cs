using Microsoft.Extensions.AI;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>Embeds a benchmark part the way the settings say (query prefix, cache), reporting it as a stage.</summary>
internal sealed class StageEmbedder(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    ScopeEvaluationSettings settings,
    IProgress<ScopeEvaluationProgress>? progress)
{
    private readonly EmbeddingCache? _cache = settings.EmbeddingCacheDirectory is { } directory ? new EmbeddingCache(directory) : null;
    private readonly EmbeddingGenerationOptions? _options = settings.EmbedAsQueries ? EmbeddingPurpose.ForQuery() : null;

    public async Task<EmbeddingMatrix> EmbedAsync(IReadOnlyList<LabeledText> items, string stage, CancellationToken cancellationToken)
    {
        var texts = items.Select(i => i.Text).ToList();
        var done = progress is null ? null : new SynchronousProgress<int>(n => progress.Report(new ScopeEvaluationProgress(stage, n, texts.Count)));
        progress?.Report(new ScopeEvaluationProgress(stage, 0, texts.Count));
        return _cache is null
            ? await TextEmbedder.EmbedAsync(generator, texts, _options, done, cancellationToken: cancellationToken)
            : await _cache.GetOrEmbedAsync(generator, texts, _options, done, cancellationToken);
    }
}
