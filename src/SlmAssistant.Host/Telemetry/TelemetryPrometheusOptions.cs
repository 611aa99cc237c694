namespace SlmAssistant.Host.Telemetry;

/// <summary>Prometheus scraping of the metrics.</summary>
public sealed class TelemetryPrometheusOptions
{
    /// <summary>
    /// Serve the metrics in Prometheus text format at <see cref="TelemetryEndpoints.MetricsPath"/>. Off by default: the
    /// endpoint has no authentication, so expose it only where the scraper alone can reach it.
    /// </summary>
    public bool Enabled { get; set; }
}
