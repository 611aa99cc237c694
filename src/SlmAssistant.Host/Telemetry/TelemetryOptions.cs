using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Host.Telemetry;

/// <summary>
/// Where traces and metrics go. Both exporters are off by default, and then nothing listens to the SlmAssistant
/// sources and meters: spans are never created. OTLP (traces and metrics) is on when <c>Telemetry:Otlp:Endpoint</c> or
/// the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; Prometheus scraping (metrics) when enabled.
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string SectionName = "Telemetry";

    /// <summary>The <c>service.name</c> resource attribute of everything exported.</summary>
    [Required]
    public string ServiceName { get; set; } = "slm-assistant";

    public TelemetryOtlpOptions Otlp { get; set; } = new();

    public TelemetryPrometheusOptions Prometheus { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Otlp.Endpoint) && Otlp.EndpointUri is null)
        {
            yield return new ValidationResult(
                $"{SectionName}:Otlp:Endpoint must be an absolute http or https address, like http://localhost:4317; it is '{Otlp.Endpoint}'.",
                [nameof(Otlp)]);
        }

        if (!Enum.IsDefined(Otlp.Protocol))
        {
            yield return new ValidationResult($"{SectionName}:Otlp:Protocol must be Grpc or HttpProtobuf.", [nameof(Otlp)]);
        }
    }
}
