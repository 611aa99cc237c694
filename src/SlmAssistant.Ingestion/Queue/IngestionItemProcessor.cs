using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>
/// Ingests one claimed queue item and records how it ended, renewing its lease meanwhile: the one per-item code of the
/// background <see cref="IngestionWorker"/> and of a run that drains its own batch (<see cref="BatchIngestion"/>).
/// </summary>
public sealed class IngestionItemProcessor(
    IngestionQueueStore queue,
    UploadStorage storage,
    IngestionProgressTracker tracker,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<IngestionItemProcessor> logger)
{
    /// <param name="lease">The lease the item was claimed for; renewed every third of it while the item is ingested.</param>
    /// <param name="observer">Also told each step (a progress bar), besides the live detail the console shows.</param>
    public async Task ProcessAsync(IngestionQueueItem item, TimeSpan lease, IProgress<IngestionProgress>? observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var leaseStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewLeaseAsync(item.Id, lease, leaseStop.Token);
        try
        {
            var result = await IngestAsync(item, new BothProgress(tracker.For(item.Id), observer), cancellationToken);
            var error = result.Status == IngestionOutcome.Failed ? result.Reason ?? "ingestion failed" : null;
            await queue.CompleteAsync(item.Id, Outcome(result.Status), result.Chunks, error, CancellationToken.None, result.Warnings);
            logger.LogInformation("Ingested {Source} ({Kind}): {Outcome}, {Chunks} chunks", item.Source, item.Kind, result.Status, result.Chunks);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The store was not written (it writes a document in one transaction at the end): the next run redoes it.
            await queue.ReleaseAsync(item.Id, CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            // One item's failure is recorded on the item; the queue goes on with the next.
            logger.LogWarning(e, "Ingestion of {Source} failed", item.Source);
            await queue.CompleteAsync(item.Id, "failed", 0, $"ingestion failed: {e.Message}", CancellationToken.None);
        }
        finally
        {
            await leaseStop.CancelAsync();
            await renewal;
            tracker.Clear(item.Id);
        }
    }

    private async Task<IngestionFileResult> IngestAsync(IngestionQueueItem item, IProgress<IngestionProgress> progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<IngestionPipeline>();
        if (item.Kind == QueueItemKinds.File)
        {
            return item.FilePath is null
                ? IngestionFileResult.Failed(item.Source, "the item names no file")
                : await pipeline.IngestPathAsync(item.FilePath, item.Source, item.Domain, item.Tags, item.Url, progress, cancellationToken);
        }

        Stream content;
        try
        {
            content = item.BlobId is not null ? storage.Open(item.BlobId) : OpenKnowledgeFile(item.FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return IngestionFileResult.Failed(item.Source, $"the stored file could not be read: {e.Message}");
        }

        await using (content)
        {
            // A re-index writes the document afresh even when its bytes are unchanged.
            var origin = item.BlobId is null && item.FilePath is not null ? Path.GetFullPath(item.FilePath) : null;
            return await pipeline.IngestFileAsync(
                content, item.Source, item.Domain, null, progress, reindex: item.Kind == QueueItemKinds.Reindex, origin: origin, cancellationToken: cancellationToken);
        }
    }

    /// <summary>A knowledge file is named by its full path (or, for items queued by older builds, relative to the working directory).</summary>
    private static FileStream OpenKnowledgeFile(string? path) =>
        path is null
            ? throw new IOException("the item names no stored file")
            : new FileStream(Path.GetFullPath(path), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    private async Task RenewLeaseAsync(string id, TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, time, cancellationToken);
                await queue.RenewLeaseAsync(id, lease, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            // A missed renewal costs at most a second ingestion of the item, never the item.
            logger.LogWarning(e, "The lease of queue item {Id} could not be renewed", id);
        }
    }

    private static string Outcome(IngestionOutcome outcome) => outcome switch
    {
        IngestionOutcome.Ingested => "ingested",
        IngestionOutcome.Unchanged => "unchanged",
        _ => "failed",
    };

    // Synchronous, like the tracker's sink: steps arrive in order.
    private sealed class BothProgress(IProgress<IngestionProgress> live, IProgress<IngestionProgress>? observer) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value)
        {
            live.Report(value);
            observer?.Report(value);
        }
    }
}
