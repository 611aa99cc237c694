using SlmAssistant.Answering;
using SlmAssistant.Bot;
using SlmAssistant.Inference.Onnx;
using SlmAssistant.Ingestion;
using SlmAssistant.Orchestration;
using SlmAssistant.Retrieval;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.Routing.Routing;

namespace SlmAssistant.Host.Telemetry;

/// <summary>
/// The ActivitySources and Meters the assistant defines, one per stage, each in the project that owns the stage. The
/// host subscribes to exactly these names (no wildcard), so a new source is a line here.
/// </summary>
public static class TelemetryNames
{
    public static IReadOnlyList<string> Sources { get; } =
    [
        IngestionTelemetry.Name,
        RetrievalTelemetry.Name,
        RoutingTelemetry.Name,
        InferenceTelemetry.Name,
        EscalationTelemetry.Name,
        AnsweringTelemetry.Name,
        OrchestrationTelemetry.Name,
        BotTelemetry.Name,
    ];

    /// <summary>Only the stages that count or time something have a meter.</summary>
    public static IReadOnlyList<string> Meters { get; } =
    [
        IngestionTelemetry.Name,
        RetrievalTelemetry.Name,
        OrchestrationTelemetry.Name,
    ];
}
