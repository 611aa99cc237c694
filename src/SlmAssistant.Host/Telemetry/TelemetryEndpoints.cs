using Microsoft.Extensions.Options;

namespace SlmAssistant.Host.Telemetry;

public static class TelemetryEndpoints
{
    public const string MetricsPath = "/metrics";

    /// <summary>Serves <see cref="MetricsPath"/> in Prometheus text format when Telemetry:Prometheus:Enabled; else it stays a 404.</summary>
    public static WebApplication MapSlmTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath);
        }

        return app;
    }

    /// <summary>Health probes and scrapes: polled all day, they would bury the requests worth tracing.</summary>
    public static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive") || path.StartsWithSegments(MetricsPath);
}
