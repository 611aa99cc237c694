using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Host.Features.Seeding;
using SlmAssistant.Ingestion.Queue;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>Start-up seeding runs through the ingestion queue, with the worker or, when it is disabled, by itself.</summary>
public sealed class SeedingQueueTests : IDisposable
{
    private readonly TempDirectory _knowledge = new("slm-seeding-queue");

    public SeedingQueueTests()
    {
        var outdoor = Directory.CreateDirectory(_knowledge.Combine("outdoor")).FullName;
        File.WriteAllText(Path.Combine(outdoor, "hours.md"), "# Opening Hours\n\nThe Zephyr Outdoor store opens at nine and closes at six, every day but Sunday.\n");
        File.WriteAllText(Path.Combine(outdoor, "rentals.md"), "# Kayak Rentals\n\nKayaks rent by the hour; a life jacket comes with every kayak.\n");
    }

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task SeedingQueuesTheKnowledgeFolderAsOneBatchThatTheWorkerIngests()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path);

        var health = await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");

        Assert.Contains("2 ingested, 0 unchanged, 0 removed, 0 failed from", health, StringComparison.Ordinal);
        await AssertSeededThroughTheQueueAsync(host);
    }

    [Fact]
    public async Task WithTheWorkerDisabledSeedingIngestsItsOwnBatchAndTheHostBecomesReady()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path, "--Ingestion:Queue:WorkerEnabled=false");

        var health = await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy", "Unhealthy");

        Assert.Contains("2 ingested", health, StringComparison.Ordinal);
        await AssertSeededThroughTheQueueAsync(host);
    }

    [Fact]
    public async Task AHostWhosePortIsTakenFailsToStartAndLeavesTheStoreWithoutDocuments()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var data = new TempDirectory("slm-host-port-taken");
        var app = HostApp.Build(
        [
            $"--urls=http://127.0.0.1:{port}",
            $"--Knowledge:DataDirectory={data.Path}",
            $"--Seeding:Path={_knowledge.Path}",
            $"--Answering:PluginsDirectory={RepositoryPaths.Plugins}",
            $"--Routing:ExemplarsDirectory={Path.Combine(RepositoryPaths.Plugins, "Scope", "exemplars")}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        try
        {
            await Assert.ThrowsAnyAsync<IOException>(() => app.StartAsync().WaitAsync(TimeSpan.FromSeconds(60)));

            // Seeding that did not wait for the server finishes two small files in well under this window.
            var state = app.Services.GetRequiredService<SeedingState>();
            var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
            while (DateTimeOffset.UtcNow < deadline && state.Stage is not (SeedingStages.Ready or SeedingStages.Failed))
            {
                await Task.Delay(200);
            }

            Assert.Equal(SeedingStages.Pending, state.Stage);
        }
        finally
        {
            await app.DisposeAsync();
        }

        using var store = SqliteKnowledgeStore.Open(data.Path);
        Assert.Empty(await store.ListDocumentsAsync());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static async Task AssertSeededThroughTheQueueAsync(RunningHost host)
    {
        var items = await host.Services.GetRequiredService<IngestionQueueStore>().ListRecentAsync(100, CancellationToken.None);
        Assert.Equal(["hours.md", "rentals.md"], items.Select(i => i.FileName).Order());
        Assert.All(items, item => Assert.Equal(
            (QueueItemKinds.File, BatchIngestion.Seeding, "outdoor", IngestionSteps.Ready, "ingested", 1),
            (item.Kind, item.RequestedBy, item.Domain, item.State, item.Outcome, item.Attempts)));
        Assert.Single(items.Select(i => i.BatchId).Distinct());
        Assert.Equal(2, (await host.Services.GetRequiredService<IKnowledgeStore>().ListDocumentsAsync()).Count);
    }
}
