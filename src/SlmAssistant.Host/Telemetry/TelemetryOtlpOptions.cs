using OpenTelemetry.Exporter;

namespace SlmAssistant.Host.Telemetry;

/// <summary>The OTLP exporter of traces and metrics (a collector, Jaeger, the Aspire dashboard …).</summary>
public sealed class TelemetryOtlpOptions
{
    /// <summary>
    /// The collector's address, e.g. http://localhost:4317 (gRPC) or http://localhost:4318 (HTTP); empty leaves OTLP to
    /// the standard OTEL_EXPORTER_OTLP_* environment variables, and off when they name no endpoint either.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>How to talk to <see cref="Endpoint"/>: Grpc, or HttpProtobuf (then /v1/traces and /v1/metrics are appended).</summary>
    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary><see cref="Endpoint"/> when it is an absolute http(s) address; null otherwise.</summary>
    public Uri? EndpointUri =>
        Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
