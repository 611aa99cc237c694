using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>
/// A run over files and folders (`slm ingest`, start-up seeding) through the ingestion queue: the files are planned as
/// a run always planned them (same sources, same domains), queued as one batch of <see cref="QueueItemKinds.File"/>
/// items, ingested by the run itself or by the worker (<see cref="BatchDrain"/>), then a sync removes documents whose
/// files are gone. The report is read back from the finished items. A run killed half-way leaves its items in the
/// queue; the next run over the same files takes them up (<see cref="IngestionQueueStore.EnqueueFileAsync"/>).
/// </summary>
public sealed class BatchIngestion(
    IngestionQueueStore queue,
    IngestionItemProcessor processor,
    IServiceScopeFactory scopes,
    IOptionsMonitor<IngestionQueueOptions> options,
    TimeProvider time,
    ILogger<BatchIngestion> logger)
{
    /// <summary>The <see cref="IngestionQueueItem.RequestedBy"/> of `slm ingest`.</summary>
    public const string Cli = "cli";

    /// <summary>The <see cref="IngestionQueueItem.RequestedBy"/> of the host's start-up seeding.</summary>
    public const string Seeding = "seeding";

    /// <summary>Ingests files and folders (recursively). Relative paths are resolved against the current directory.</summary>
    /// <param name="requestedBy">Who asked: <see cref="Cli"/> or <see cref="Seeding"/>.</param>
    /// <param name="progress">Told each step of the file being ingested by this run, numbered within the run.</param>
    public async Task<IngestionReport> IngestAsync(
        IReadOnlyList<string> paths,
        IngestionRequest request,
        string requestedBy,
        BatchDrain drain,
        IProgress<IngestionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        var started = time.GetTimestamp();
        var currentDirectory = Directory.GetCurrentDirectory();
        var domain = string.IsNullOrWhiteSpace(request.Domain) ? null : request.Domain.Trim();
        var plan = SourceFileEnumerator.Plan(paths, domain, currentDirectory);
        var batchId = UploadStorage.NewId();
        var ids = new List<string>();
        // A path that does not exist is an item too: it fails as "no such file or folder", in the journal as before.
        foreach (var missing in plan.Missing)
        {
            var full = Path.GetFullPath(missing, currentDirectory);
            var item = NewItem(batchId, full, SourceIdentity.ForSingleFile(full), domain ?? DomainInference.ForSingleFile(full), request, requestedBy);
            ids.Add(await queue.EnqueueFileAsync(item, cancellationToken));
        }

        foreach (var file in plan.Files)
        {
            ids.Add(await queue.EnqueueFileAsync(NewItem(batchId, file.FullPath, file.Source, file.Domain, request, requestedBy), cancellationToken));
        }

        logger.LogInformation("Batch {Batch} ({RequestedBy}): {Count} files queued", batchId, requestedBy, ids.Count);
        if (drain == BatchDrain.Inline)
        {
            await DrainAsync(ids, progress, cancellationToken);
        }
        else
        {
            await WaitForWorkerAsync(ids, cancellationToken);
        }

        var finished = (await queue.ListAsync(ids.Distinct(StringComparer.Ordinal).ToList(), cancellationToken)).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var results = ids.Select(id => finished.TryGetValue(id, out var item) ? item.ToFileResult() : IngestionFileResult.Failed(id, "the queue item is gone")).ToList();
        if (request.Sync)
        {
            await using var scope = scopes.CreateAsyncScope();
            var pipeline = scope.ServiceProvider.GetRequiredService<IngestionPipeline>();
            results.AddRange(await pipeline.RemoveVanishedAsync(plan.DirectoryRoots, cancellationToken));
        }

        var pruned = await queue.PruneSupersededFilesAsync(batchId, cancellationToken);
        logger.LogDebug("Batch {Batch}: {Pruned} finished items of earlier runs over the same files forgotten", batchId, pruned);
        return new IngestionReport(results, time.GetElapsedTime(started));
    }

    /// <summary>
    /// Ingests the batch's items in order under the short batch lease. An item another process holds (a worker, a
    /// concurrent run) is left to it and waited for; if its lease runs out first (that process died), this run takes it.
    /// </summary>
    private async Task DrainAsync(List<string> ids, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var lease = options.CurrentValue.BatchLease;
        var held = new List<int>();
        for (var index = 0; index < ids.Count; index++)
        {
            if (!await TryProcessAsync(index))
            {
                held.Add(index);
            }
        }

        while (held.Count > 0)
        {
            var unfinished = (await queue.ListAsync(held.Select(i => ids[i]).ToList(), cancellationToken))
                .Where(item => !item.IsFinished).Select(item => item.Id).ToHashSet(StringComparer.Ordinal);
            held.RemoveAll(index => !unfinished.Contains(ids[index]));
            var tookOne = false;
            foreach (var index in held.ToList())
            {
                if (await TryProcessAsync(index))
                {
                    held.Remove(index);
                    tookOne = true;
                }
            }

            if (held.Count > 0 && !tookOne)
            {
                await Task.Delay(options.CurrentValue.PollInterval, time, cancellationToken);
            }
        }

        async Task<bool> TryProcessAsync(int index)
        {
            var item = await queue.ClaimAsync(ids[index], lease, cancellationToken);
            if (item is null)
            {
                return false;
            }

            await processor.ProcessAsync(item, lease, progress is null ? null : new RunProgress(progress, index + 1, ids.Count), cancellationToken);
            return true;
        }
    }

    private async Task WaitForWorkerAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var pending = ids.Distinct(StringComparer.Ordinal).ToList();
        while (true)
        {
            pending = (await queue.ListAsync(pending, cancellationToken)).Where(item => !item.IsFinished).Select(item => item.Id).ToList();
            if (pending.Count == 0)
            {
                return;
            }

            await Task.Delay(options.CurrentValue.PollInterval, time, cancellationToken);
        }
    }

    private IngestionQueueItem NewItem(string batchId, string fullPath, string source, string domain, IngestionRequest request, string requestedBy)
    {
        var now = time.GetUtcNow();
        long size;
        try
        {
            size = File.Exists(fullPath) ? new FileInfo(fullPath).Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            size = 0;
        }

        return new IngestionQueueItem(
            UploadStorage.NewId(), QueueItemKinds.File, source, Path.GetFileName(fullPath), domain, null, fullPath, size, null,
            IngestionSteps.Queued, null, 0, null, requestedBy, now, now, 0)
        {
            BatchId = batchId,
            Url = request.Url,
            Tags = request.Tags,
        };
    }

    /// <summary>Numbers each report of an item by its place in the run, for a progress bar over the whole run.</summary>
    private sealed class RunProgress(IProgress<IngestionProgress> progress, int fileIndex, int fileCount) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value) => progress.Report(value with { FileIndex = fileIndex, FileCount = fileCount });
    }
}
