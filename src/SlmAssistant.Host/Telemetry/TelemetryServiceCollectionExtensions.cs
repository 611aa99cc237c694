using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SlmAssistant.Host.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard variable the OTLP exporter reads by itself when <c>Telemetry:Otlp:Endpoint</c> is empty.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Binds and validates <see cref="TelemetryOptions"/>, and when an exporter is configured wires OpenTelemetry: the
    /// assistant's sources and meters (<see cref="TelemetryNames"/>), ASP.NET Core and HttpClient instrumentation, and
    /// the OTLP and/or Prometheus exporters. With none configured nothing is registered, so no span is ever created.
    /// There is no SQLite instrumentation: store calls show as time inside the stage spans.
    /// </summary>
    public static IServiceCollection AddSlmTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Which providers exist is decided while services are registered, so the section is read here too; an invalid
        // endpoint fails the options validation at start-up before any exporter is built.
        var settings = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrWhiteSpace(settings.Otlp.Endpoint) || !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        if (!otlp && !settings.Prometheus.Enabled)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(settings.ServiceName));
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource([.. TelemetryNames.Sources])
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !TelemetryEndpoints.IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter("traces", exporter => Apply(exporter, settings.Otlp, "v1/traces")));
        }

        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter([.. TelemetryNames.Meters]).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            if (otlp)
            {
                metrics.AddOtlpExporter("metrics", exporter => Apply(exporter, settings.Otlp, "v1/metrics"));
            }

            if (settings.Prometheus.Enabled)
            {
                metrics.AddPrometheusExporter();
            }
        });
        return services;
    }

    // An endpoint set in code is taken as is, so over HTTP the signal's path is ours to add; without one the exporter
    // reads OTEL_EXPORTER_OTLP_ENDPOINT (and _PROTOCOL, _HEADERS) itself and adds the path.
    private static void Apply(OtlpExporterOptions exporter, TelemetryOtlpOptions otlp, string signalPath)
    {
        if (otlp.EndpointUri is not { } endpoint)
        {
            return;
        }

        exporter.Protocol = otlp.Protocol;
        exporter.Endpoint = otlp.Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri($"{endpoint.AbsoluteUri.TrimEnd('/')}/{signalPath}")
            : endpoint;
    }
}
