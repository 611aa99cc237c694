using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>
/// Ingests queued uploads, re-indexes and files of runs (start-up seeding, the CLI) one at a time (ingestion is
/// CPU-bound; one at a time keeps the bot responsive). Items left queued or half-done by a previous run are picked up
/// again when their lease expires or at once when this process put them back on shutdown.
/// </summary>
public sealed class IngestionWorker(
    IngestionQueueStore queue,
    IngestionItemProcessor processor,
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
                var lease = options.CurrentValue.Lease;
                var item = await queue.ClaimNextAsync(lease, stoppingToken);
                if (item is null)
                {
                    await queue.WaitForWorkAsync(options.CurrentValue.PollInterval, stoppingToken);
                    continue;
                }

                await processor.ProcessAsync(item, lease, observer: null, stoppingToken);
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
}
