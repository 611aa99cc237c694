using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// The routing exemplars, embedded once per process on first use (and cached on disk when configured), and the
/// embedding of turns the same way. A singleton: the exemplar files are read when the first turn is routed.
/// </summary>
public sealed class ExemplarIndex
{
    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator;
    private readonly ScopeRoutingOptions _options;
    private readonly ILogger<ExemplarIndex> _logger;
    private readonly EmbeddingGenerationOptions? _embeddingOptions;
    private readonly Lock _gate = new();
    private Task<ScopeClassifier>? _build;

    public ExemplarIndex(
        IEmbeddingGenerator<string, Embedding<float>> generator,
        IOptions<ScopeRoutingOptions> options,
        ILogger<ExemplarIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _generator = generator;
        _options = options.Value;
        _logger = logger;
        _embeddingOptions = _options.EmbedAsQueries ? EmbeddingPurpose.ForQuery() : null;
    }

    /// <summary>The classifier over every exemplar file; a failed build is retried on the next call.</summary>
    public Task<ScopeClassifier> GetClassifierAsync(CancellationToken cancellationToken = default)
    {
        Task<ScopeClassifier> build;
        lock (_gate)
        {
            // One shared build: a caller's cancellation stops its wait, not the build the others share.
            if (_build is null || _build.IsFaulted || _build.IsCanceled)
            {
                _build = BuildAsync();
            }

            build = _build;
        }

        return build.WaitAsync(cancellationToken);
    }

    public async Task<ReadOnlyMemory<float>> EmbedAsync(string text, CancellationToken cancellationToken = default)
    {
        var embeddings = await _generator.GenerateAsync([text], _embeddingOptions, cancellationToken);
        return embeddings[0].Vector;
    }

    private async Task<ScopeClassifier> BuildAsync()
    {
        var exemplars = ExemplarFiles.Load(_options.ExemplarsDirectory);
        if (exemplars.Count == 0)
        {
            throw new InvalidOperationException($"No exemplars in '{Path.GetFullPath(_options.ExemplarsDirectory)}'.");
        }

        var settings = new ScopeClassifierSettings { Scoring = LabelScoring.NearestNeighbours, Neighbours = _options.Neighbours };
        var cache = _options.EmbeddingCacheDirectory is { } directory ? new EmbeddingCache(directory) : null;
        var classifier = await ScopeClassifierBuilder.BuildAsync(_generator, exemplars, settings, _embeddingOptions, cache);
        _logger.LogInformation(
            "Routing exemplars loaded: {ExemplarCount} in {LabelCount} labels ({Labels}) from {Directory}",
            classifier.ExemplarCount,
            classifier.Labels.Count,
            string.Join(", ", classifier.Labels),
            _options.ExemplarsDirectory);
        return classifier;
    }
}
