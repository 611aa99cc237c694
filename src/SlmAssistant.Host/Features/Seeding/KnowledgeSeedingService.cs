using Microsoft.Extensions.Options;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Ingestion.Queue;
using SlmAssistant.Storage;
using SlmAssistant.Storage.Postgres;

namespace SlmAssistant.Host.Features.Seeding;

/// <summary>
/// Ingests the knowledge folder in the background at start-up, through the ingestion queue as one batch; the host
/// serves requests meanwhile. The worker ingests the batch; with the worker disabled (Ingestion:Queue:WorkerEnabled,
/// a replica that leaves uploads alone) seeding ingests its own batch, so the host still becomes ready. Seeding waits
/// for the server to have started (its ports bound): a host that fails to start must leave the store as it found it.
/// </summary>
public sealed class KnowledgeSeedingService(
    BatchIngestion batches,
    SeedingState state,
    IOptions<SeedingOptions> options,
    IOptionsMonitor<IngestionQueueOptions> queueOptions,
    IHostApplicationLifetime lifetime,
    IOptions<StorageOptions> storage,
    ILogger<KnowledgeSeedingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            state.Set(SeedingStages.Disabled, "seeding is disabled");
            return;
        }

        var path = Path.GetFullPath(settings.Path);
        if (!Directory.Exists(path))
        {
            state.Set(SeedingStages.Failed, $"knowledge folder '{path}' does not exist (Seeding:Path)");
            logger.LogError("Knowledge folder {Path} does not exist", path);
            return;
        }

        try
        {
            await WaitForServerStartedAsync(stoppingToken);
            state.Set(SeedingStages.Running, $"ingesting {path}");
            var drain = queueOptions.CurrentValue.WorkerEnabled ? BatchDrain.Worker : BatchDrain.Inline;
            var report = await batches.IngestAsync([settings.Path], new IngestionRequest { Sync = settings.Sync }, BatchIngestion.Seeding, drain, progress: null, stoppingToken);
            var detail = $"{report.Ingested} ingested, {report.Unchanged} unchanged, {report.Removed} removed, {report.Failed} failed from {path}";
            state.Set(SeedingStages.Ready, detail);
            logger.LogInformation("Knowledge seeded: {Detail}", detail);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            state.Set(SeedingStages.Pending, "stopped before seeding finished");
        }
        catch (Exception ex) when (ServerProblem(ex) is { } problem)
        {
            // A misconfigured server is the operator's to fix (the storage health check names the setting): one line, no stack trace.
            state.Set(SeedingStages.Failed, $"seeding {path} failed: {problem}");
            logger.LogError("Seeding {Path} failed: {Problem}", path, problem);
        }
#pragma warning disable CA1031 // Any failure here must surface as Unhealthy, not tear down the host.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            state.Set(SeedingStages.Failed, $"seeding {path} failed: {ex.Message}");
            logger.LogError(ex, "Seeding {Path} failed", path);
        }
    }

    private string? ServerProblem(Exception exception) =>
        storage.Value is { Provider: StorageProvider.Postgres, PostgresConnectionString: { } connectionString }
            ? PostgresConnectionProblem.Describe(exception, connectionString)
            : null;

    /// <summary>Completes once the host has started: ApplicationStarted fires after every hosted service, Kestrel included, has started.</summary>
    private async Task WaitForServerStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        await started.Task;
    }
}
