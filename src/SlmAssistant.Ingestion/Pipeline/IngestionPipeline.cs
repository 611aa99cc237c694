using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Detection;
using SlmAssistant.Ingestion.Extractors;

namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>
/// Ingests files into the knowledge store through named, journaled steps: extract → chunk → embed → index. Per-file
/// problems (unreadable, too large, unknown format, damaged) fail that file only; the report lists every outcome.
/// </summary>
public sealed class IngestionPipeline
{
    private readonly DocumentIngestor _ingestor;
    private readonly IKnowledgeStore _store;
    private readonly IngestionOptions _options;
    private readonly TimeProvider _time;

    public IngestionPipeline(
        DocumentFormatDetector detector,
        IEnumerable<IContentExtractor> extractors,
        IChunker chunker,
        IEmbeddingGenerator<string, Embedding<float>> embeddingGenerator,
        IKnowledgeStore store,
        IIngestionJournal journal,
        IOptions<IngestionOptions> options,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _store = store;
        _time = time;
        _ingestor = new DocumentIngestor(
            new ExtractStep(detector, extractors, _options, time), chunker, new EmbedStep(embeddingGenerator, _options.EmbeddingBatchSize), store, journal, time);
    }

    /// <summary>
    /// Ingests files and folders (recursively) directly, outside the ingestion queue: for tests and offline tools. The
    /// product's runs (`slm ingest`, seeding) go through the queue (<c>Queue.BatchIngestion</c>), which plans alike.
    /// Relative paths are resolved against the current directory.
    /// </summary>
    public async Task<IngestionReport> IngestAsync(
        IReadOnlyList<string> paths,
        IngestionRequest request,
        IProgress<IngestionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(request);
        var started = _time.GetTimestamp();
        var currentDirectory = Directory.GetCurrentDirectory();
        var plan = SourceFileEnumerator.Plan(paths, NullIfBlank(request.Domain), currentDirectory);
        var results = new List<IngestionFileResult>();
        var fileCount = plan.Files.Count + plan.Missing.Count;
        foreach (var missing in plan.Missing)
        {
            var source = SourceIdentity.ForSingleFile(Path.GetFullPath(missing, currentDirectory));
            var scope = new ProgressScope(progress, results.Count + 1, fileCount, source);
            results.Add(await _ingestor.FailAsync(source, string.Empty, "no such file or folder", [], scope, cancellationToken));
        }

        foreach (var file in plan.Files)
        {
            var scope = new ProgressScope(progress, results.Count + 1, fileCount, file.Source);
            results.Add(await IngestPathAsync(file, request, scope, cancellationToken));
        }

        if (request.Sync)
        {
            results.AddRange(await RemoveVanishedAsync(plan.DirectoryRoots, cancellationToken));
        }

        return new IngestionReport(results, _time.GetElapsedTime(started));
    }

    /// <summary>
    /// Ingests one uploaded document under <paramref name="source"/>, whose extension hints at the format. A URI-like
    /// source ("upload://returns.pdf") keeps the document clear of a later sync of folders, which removes documents
    /// whose files are gone.
    /// </summary>
    /// <param name="origin">The full path the content was read from (a re-index of a file), kept for sync.</param>
    public async Task<IngestionFileResult> IngestFileAsync(
        Stream content,
        string source,
        string domain,
        IReadOnlyDictionary<string, string>? tags = null,
        IProgress<IngestionProgress>? progress = null,
        bool reindex = false,
        string? url = null,
        string? origin = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(domain);
        var scope = new ProgressScope(progress, 1, 1, source);
        var bytes = await BoundedReader.ReadAsync(content, _options.MaxFileBytes, cancellationToken);
        if (bytes is null)
        {
            return await _ingestor.FailAsync(source, string.Empty, TooLarge(null), [], scope, cancellationToken);
        }

        var document = new SourceDocument(source, domain.Trim(), bytes, tags ?? new Dictionary<string, string>()) { Reindex = reindex, Url = DocumentUrl.Normalize(url), Origin = origin };
        return await _ingestor.IngestAsync(document, scope, cancellationToken);
    }

    /// <summary>
    /// Ingests one file of a planned run (a queue item of kind file) from its full path under <paramref name="source"/>,
    /// exactly as a run over its folder would: a path that is gone is reported as "no such file or folder".
    /// </summary>
    public async Task<IngestionFileResult> IngestPathAsync(
        string fullPath,
        string source,
        string domain,
        IReadOnlyDictionary<string, string>? tags = null,
        string? url = null,
        IProgress<IngestionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var scope = new ProgressScope(progress, 1, 1, source);
        if (!File.Exists(fullPath) && !Directory.Exists(fullPath))
        {
            return await _ingestor.FailAsync(source, string.Empty, "no such file or folder", [], scope, cancellationToken);
        }

        var request = new IngestionRequest { Tags = tags ?? new Dictionary<string, string>(), Url = url };
        return await IngestPathAsync(new SourceFile(fullPath, source, domain), request, scope, cancellationToken);
    }

    /// <summary>
    /// Sync: stored documents read from under the given folders whose files no longer exist are deleted. A document is
    /// placed by the full path it was last read from; one stored before that path was kept, by where a run over these
    /// folders would find a file of its name, and only when its domain folder is still there or is the folder itself.
    /// </summary>
    /// <param name="roots">Full paths of the folders a run was given.</param>
    public async Task<IReadOnlyList<IngestionFileResult>> RemoveVanishedAsync(
        IReadOnlyList<string> roots, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var removed = new List<IngestionFileResult>();
        if (roots.Count == 0)
        {
            return removed;
        }

        foreach (var document in await _store.ListDocumentsAsync(null, cancellationToken))
        {
            if (!IsFileSource(document.Source))
            {
                continue;
            }

            var path = document.Origin ?? roots.Select(root => LegacyLocation(root, document.Source)).FirstOrDefault(p => p is not null);
            if (path is not null && roots.Any(root => SourceFileEnumerator.IsInside(path, root)) && !File.Exists(path)
                && await _store.DeleteDocumentAsync(document.Id, cancellationToken))
            {
                removed.Add(IngestionFileResult.Removed(document.Source, document.ChunkCount));
            }
        }

        return removed;
    }

    private async Task<IngestionFileResult> IngestPathAsync(
        SourceFile file, IngestionRequest request, ProgressScope scope, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file.FullPath).Length;
            if (length > _options.MaxFileBytes)
            {
                return await _ingestor.FailAsync(file.Source, string.Empty, TooLarge(length), [], scope, cancellationToken);
            }

            await using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            bytes = await BoundedReader.ReadAsync(stream, _options.MaxFileBytes, cancellationToken)
                ?? throw new IOException(TooLarge(null));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await _ingestor.FailAsync(file.Source, string.Empty, $"the file could not be read: {e.Message}", [], scope, cancellationToken);
        }

        var document = new SourceDocument(file.Source, file.Domain, bytes, request.Tags) { Url = DocumentUrl.Normalize(request.Url), Origin = file.FullPath };
        return await _ingestor.IngestAsync(document, scope, cancellationToken);
    }

    private static string? LegacyLocation(string root, string source)
    {
        var separator = source.IndexOf('/', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return null;
        }

        var domainFolder = source[..separator];
        if (Directory.Exists(Path.Combine(root, domainFolder)))
        {
            return Path.GetFullPath(Path.Combine(root, source));
        }

        return string.Equals(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), domainFolder, StringComparison.Ordinal)
            ? Path.GetFullPath(Path.Combine(root, source[(separator + 1)..]))
            : null;
    }

    /// <summary>Uploads named like "upload://returns.pdf" never had a file, so a sync must not take them for vanished files.</summary>
    private static bool IsFileSource(string source) =>
        !Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.IsFile;

    private string TooLarge(long? length) =>
        $"the file is too large: {(length is long l ? $"{Megabytes(l)} MB" : "more than the limit")}, the limit is {Megabytes(_options.MaxFileBytes)} MB";

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
