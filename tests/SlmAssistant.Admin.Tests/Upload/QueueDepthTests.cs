using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Admin.Tests.Support;
using SlmAssistant.Ingestion.Queue;
using SlmAssistant.TestKit;

namespace SlmAssistant.Admin.Tests.Upload;

/// <summary>The ingestion queue's depth as a metric: what waits in the table, read when the exporter collects.</summary>
public sealed class QueueDepthTests : IDisposable
{
    private readonly TempDirectory _data = new("slm-admin-queue-depth");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task TheQueueDepthGaugeCountsWaitingUploadsAndFallsToZeroOnceTheyAreIngested()
    {
        await using (var idle = await StartAsync(workerEnabled: false))
        {
            using var api = idle.CreateApiClient();
            foreach (var (name, text) in new[] { ("hours.txt", "The store opens at nine."), ("rentals.txt", "Kayaks rent by the hour.") })
            {
                using var response = await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", (name, SampleFiles.Text(text))));
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            }

            Assert.Equal(2, Observe(idle));
        }

        await using var working = await StartAsync(workerEnabled: true);
        using var client = working.CreateApiClient();
        await AdminApi.AllFinishedAsync(client, 2);

        Assert.Equal(0, Observe(working));
    }

    private Task<AdminTestApp> StartAsync(bool workerEnabled) =>
        AdminTestApp.StartAsync(_data.Path, new Dictionary<string, string?> { ["Ingestion:Queue:WorkerEnabled"] = workerEnabled ? "true" : "false" });

    /// <summary>Collects the gauge of this app's meter factory only (other apps run in parallel in this process).</summary>
    private static long Observe(AdminTestApp app)
    {
        var factory = app.Services.GetRequiredService<IMeterFactory>();
        _ = app.Services.GetRequiredService<IngestionQueueStore>();
        long? depth = null;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Name == "slm.ingestion.queue.depth")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => depth = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return depth ?? throw new InvalidOperationException("the queue depth gauge was not published");
    }
}
