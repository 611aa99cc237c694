using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Admin.Tests.Support;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.TestKit;

namespace SlmAssistant.Admin.Tests.Upload;

/// <summary>Two apps, one after the other, on the same data directory: the second finishes what the first left.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly TempDirectory _data = new("slm-admin-restart");
    private readonly ConcurrentDictionary<string, int> _writes = new(StringComparer.Ordinal);

    [Fact]
    public async Task UploadsQueuedBeforeARestartAreIngestedAfterItExactlyOnce()
    {
        await using (var first = await StartAsync(workerEnabled: false))
        {
            using var api = first.CreateApiClient();
            await UploadThreeAsync(api);
            Assert.All(await AdminApi.UploadsAsync(api), item => Assert.Equal(IngestionSteps.Queued, item.State));
        }

        await using var second = await StartAsync(workerEnabled: true);
        using var client = second.CreateApiClient();
        var finished = await AdminApi.AllFinishedAsync(client, 3);

        Assert.All(finished, item => Assert.Equal(IngestionSteps.Ready, item.State));
        Assert.All(finished, item => Assert.Equal(1, item.Attempts));
        Assert.Equal(3, _writes.Count);
        Assert.All(_writes.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task AWorkerStoppedMidQueueLosesNothingAndIngestsNothingTwice()
    {
        await using (var first = await StartAsync(workerEnabled: true))
        {
            using var api = first.CreateApiClient();
            await UploadThreeAsync(api);
            await Eventually.UntilAsync(() => AdminApi.UploadsAsync(api), items => items.Any(i => i.State == IngestionSteps.Ready), TimeSpan.FromSeconds(60), "a first upload to be ready");
        }

        await using var second = await StartAsync(workerEnabled: true);
        using var client = second.CreateApiClient();
        var finished = await AdminApi.AllFinishedAsync(client, 3);

        Assert.All(finished, item => Assert.Equal(IngestionSteps.Ready, item.State));
        Assert.Equal(3, _writes.Count);
        Assert.All(_writes.Values, count => Assert.Equal(1, count));
        var store = second.Services.GetRequiredService<IKnowledgeStore>();
        Assert.Equal(3, (await store.ListDocumentsAsync()).Count);
    }

    public void Dispose() => _data.Dispose();

    private static async Task UploadThreeAsync(HttpClient api)
    {
        foreach (var (name, content) in new[]
        {
            ("glacier-warranty.pdf", SampleFiles.GlacierWarrantyPdf()),
            ("kayak-rental.docx", SampleFiles.KayakRentalDocx()),
            ("opening-hours.txt", SampleFiles.Text("The Zephyr Outdoor store opens at nine and closes at six, every day but Sunday.")),
        })
        {
            var response = await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", (name, content)));
            Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        }
    }

    private Task<AdminTestApp> StartAsync(bool workerEnabled) => AdminTestApp.StartAsync(
        _data.Path,
        new Dictionary<string, string?> { ["Ingestion:Queue:WorkerEnabled"] = workerEnabled ? "true" : "false" },
        services => services.AddSingleton<IKnowledgeStore>(sp => new CountingKnowledgeStore(sp.GetRequiredService<SqliteKnowledgeStore>(), _writes)));
}
