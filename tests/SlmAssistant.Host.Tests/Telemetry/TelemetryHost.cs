using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Cloud;

namespace SlmAssistant.Host.Tests.Telemetry;

/// <summary>
/// The real host with OTLP/HTTP pointed at an <see cref="OtlpReceiver"/> (configuration turns telemetry on) and
/// in-memory exporters added as test services, escalation pointed at a fake cloud, and two documents seeded.
/// </summary>
public sealed class TelemetryHost : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _knowledge = new("slm-telemetry-knowledge");

    public LockedCollection<Activity> Spans { get; } = new();

    public LockedCollection<MetricSnapshot> Metrics { get; } = new();

    public OtlpReceiver Otlp { get; } = OtlpReceiver.Start();

    public FakeOpenAIServer Cloud { get; private set; } = null!;

    public RunningHost Host { get; private set; } = null!;

    /// <summary>A client that sends no traceparent, so the host's request span is the root of its trace.</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var medical = Directory.CreateDirectory(_knowledge.Combine("medical")).FullName;
        await File.WriteAllTextAsync(Path.Combine(medical, "refills.md"),
            "# Prescription Refills\n\n## Lead time\n\nPlease allow 3 business days for refill requests sent through the portal.\n");
        var returns = Directory.CreateDirectory(_knowledge.Combine("return-policy")).FullName;
        await File.WriteAllTextAsync(Path.Combine(returns, "windows.md"),
            "# Return Windows\n\n## Electronics\n\nLaptops, tablets and cameras can be returned within 30 days of delivery.\n\n" +
            "## Apparel\n\nClothing and footwear can be returned within 60 days with the tags attached.\n");
        Cloud = await FakeOpenAIServer.StartAsync();
        Host = await RunningHost.StartAsync(
            _knowledge.Path,
            builder =>
            {
                builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
                builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
            },
            $"--Telemetry:Otlp:Endpoint={Otlp.Endpoint}",
            "--Telemetry:Otlp:Protocol=HttpProtobuf",
            "--Escalation:Provider=OpenAI",
            $"--Escalation:Endpoint={Cloud.OpenAIEndpoint}",
            "--Escalation:Model=test-model",
            "--Escalation:ApiKey=test-key");
        await Host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");
        Client = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null })
        {
            BaseAddress = Host.Client.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Cloud.DisposeAsync();
    }

    public void Dispose()
    {
        Otlp.Dispose();
        _knowledge.Dispose();
    }

    public void FlushTraces() => Assert.True(Host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));

    public void FlushMetrics() => Assert.True(Host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

    /// <summary>
    /// The spans of the trace whose root is the host's request span for <paramref name="route"/>, among the spans
    /// exported after the first <paramref name="skip"/>; waits for the root, which ends after the response.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> TraceOfAsync(string route, int skip)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var spans = Spans.Snapshot();
            var root = spans.Skip(skip).FirstOrDefault(s =>
                s.Source.Name == "Microsoft.AspNetCore" && s.ParentSpanId == default && s.GetTagItem("http.route") as string == route);
            if (root is not null)
            {
                return spans.Where(s => s.TraceId == root.TraceId).ToList();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No request span for {route} was exported.");
    }

    /// <summary>The cumulative sum of a counter's points with these tags, in its latest export (0 before any).</summary>
    public long CounterSum(string name, params (string Key, string Value)[] tags) =>
        PointsOf(name, tags).Sum(point => point.GetSumLong());

    /// <summary>How many measurements a histogram's points with these tags hold, in its latest export.</summary>
    public long HistogramCount(string name, params (string Key, string Value)[] tags) =>
        PointsOf(name, tags).Sum(point => point.GetHistogramCount());

    private List<MetricPoint> PointsOf(string name, (string Key, string Value)[] tags)
    {
        var latest = Metrics.Snapshot().LastOrDefault(metric => metric.Name == name);
        if (latest is null)
        {
            return [];
        }

        return latest.MetricPoints.Where(point =>
        {
            var pointTags = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var tag in point.Tags)
            {
                pointTags[tag.Key] = tag.Value;
            }

            return tags.All(tag => pointTags.TryGetValue(tag.Key, out var value) && value as string == tag.Value);
        }).ToList();
    }
}
