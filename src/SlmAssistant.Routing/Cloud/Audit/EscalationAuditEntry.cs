using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Routing.Cloud.Audit;

/// <summary>One send to the cloud: exactly what left the machine (redacted), and how it went.</summary>
/// <param name="Source">"escalator" for <see cref="CloudEscalator"/>, "kernel" for a prompt sent through the kernel filter.</param>
public sealed record EscalationAuditEntry(
    DateTimeOffset Timestamp,
    string Source,
    string Provider,
    string? Model,
    EscalationPayload Payload,
    bool Succeeded,
    string? Error,
    TimeSpan Latency,
    TokenUsage? Usage);
