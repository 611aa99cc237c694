using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests.Telemetry;

[Collection(UsesProcessWideTelemetry.Name)]
public sealed partial class PrometheusEndpointTests : IDisposable
{
    private readonly TempDirectory _knowledge = new("slm-prometheus-knowledge");

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task MetricsIsNotServedByDefault()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path, "--Seeding:Enabled=false");

        using var response = await host.Client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MetricsServesPrometheusTextWithTheTurnsCounterWhenEnabled()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path, "--Seeding:Enabled=false", "--Telemetry:Prometheus:Enabled=true");
        using var asked = await host.Client.PostAsJsonAsync("/api/ask", new { question = "hello there" });
        asked.EnsureSuccessStatusCode();

        using var response = await host.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE slm_answer_turns_total counter", text, StringComparison.Ordinal);
        Assert.Matches(TurnsLine(), text);
        Assert.Contains("slm_answer_duration_seconds_bucket", text, StringComparison.Ordinal);
    }

    [GeneratedRegex("""(?m)^slm_answer_turns_total\{[^}]*slm_route="[a-z]+"[^}]*\} 1( \d+)?$""")]
    private static partial Regex TurnsLine();
}
