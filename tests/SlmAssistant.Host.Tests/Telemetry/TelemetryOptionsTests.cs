using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using SlmAssistant.Host.Telemetry;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests.Telemetry;

[Collection(UsesProcessWideTelemetry.Name)]
public sealed class TelemetryOptionsTests : IDisposable
{
    private readonly TempDirectory _knowledge = new("slm-telemetry-options");

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task AnOtlpEndpointThatIsNotAnHttpAddressStopsTheHostAtStartUp()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            RunningHost.StartAsync(_knowledge.Path, "--Seeding:Enabled=false", "--Telemetry:Otlp:Endpoint=collector:4317"));

        Assert.Contains("Telemetry:Otlp:Endpoint must be an absolute http or https address", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStandardOtlpEndpointVariableTurnsTheExportOn()
    {
        using var receiver = OtlpReceiver.Start();
        // Environment variables reach the host as configuration keys of the same name; the command line is one more source.
        await using var host = await RunningHost.StartAsync(
            _knowledge.Path,
            "--Seeding:Enabled=false",
            $"--{TelemetryServiceCollectionExtensions.OtlpEndpointVariable}={receiver.Endpoint}",
            "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf");
        using var asked = await host.Client.PostAsJsonAsync("/api/ask", new { question = "hello there" });
        asked.EnsureSuccessStatusCode();

        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));

        await receiver.WaitForAsync("/v1/traces", "slm.answer", TimeSpan.FromSeconds(30));
    }
}
