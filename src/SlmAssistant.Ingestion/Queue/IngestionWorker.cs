using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>
/// Ingests queued uploads and re-indexes one at a time (ingestion is CPU-bound; one at a time keeps the bot
/// responsive). Items left queued or half-done by a previous run are picked up again when their lease expires or at
/// once when this process put them back on shutdown.
/// </summary>
public sealed class IngestionWorker(
    IngestionQueueStore queue,
    UploadStorage storage,
    IngestionProgressTracker tracker,
    IServiceScopeFactory scopes,
    IOptionsMonitor<IngestionQueueOptions> options,
    TimeProvider time,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!options.CurrentValue.WorkerEnabled)
        {
            logger.LogInformation("The ingestion worker is disabled (Ingestion:Queue:WorkerEnabled); uploads stay queued");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var item = await queue.ClaimNextAsync(options.CurrentValue.Lease, stoppingToken);
                if (item is null)
                {
                    await queue.WaitForWorkAsync(options.CurrentValue.PollInterval, stoppingToken);
                    continue;
                }

                await ProcessAsync(item, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database being briefly unavailable must not end the worker for the life of the process.
                logger.LogError(e, "The ingestion queue could not be read; retrying shortly");
                await Task.Delay(options.CurrentValue.PollInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ProcessAsync(IngestionQueueItem item, CancellationToken stoppingToken)
    {
        using var leaseStop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = RenewLeaseAsync(item.Id, leaseStop.Token);
        try
        {
            var result = await IngestAsync(item, stoppingToken);
            var error = result.Status == IngestionOutcome.Failed ? result.Reason ?? "ingestion failed" : null;
            await queue.CompleteAsync(item.Id, Outcome(result.Status), result.Chunks, error, CancellationToken.None);
            logger.LogInformation("Ingested {Source} ({Kind}): {Outcome}, {Chunks} chunks", item.Source, item.Kind, result.Status, result.Chunks);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The store was not written (it writes a document in one transaction at the end): the next start redoes it.
            await queue.ReleaseAsync(item.Id, CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
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

    private async Task<IngestionFileResult> IngestAsync(IngestionQueueItem item, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();

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
            var pipeline = scope.ServiceProvider.GetRequiredService<IngestionPipeline>();
            // A re-index writes the document afresh even when its bytes are unchanged.
            return await pipeline.IngestFileAsync(content, item.Source, item.Domain, null, tracker.For(item.Id), reindex: item.Kind == QueueItemKinds.Reindex, cancellationToken: cancellationToken);
        }
    }

    /// <summary>A knowledge file is named by its store source: relative to the working directory, or absolute.</summary>
    private static FileStream OpenKnowledgeFile(string? path) =>
        path is null
            ? throw new IOException("the item names no stored file")
            : new FileStream(Path.GetFullPath(path), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    private async Task RenewLeaseAsync(string id, CancellationToken cancellationToken)
    {
        var every = options.CurrentValue.Lease / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, time, cancellationToken);
                await queue.RenewLeaseAsync(id, options.CurrentValue.Lease, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The lease of queue item {Id} could not be renewed", id);
        }
    }

    private static string Outcome(IngestionOutcome outcome) => outcome switch
    {
        IngestionOutcome.Ingested => "ingested",
        IngestionOutcome.Unchanged => "unchanged",
        _ => "failed",
    };
}
