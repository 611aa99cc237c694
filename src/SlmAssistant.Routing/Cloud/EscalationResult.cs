using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Routing.Cloud;

/// <summary>The outcome of one escalation. A failure is a value, never an exception.</summary>
/// <param name="Answer">The cloud's reply with the personal data put back; empty when it failed.</param>
/// <param name="Usage">Tokens the cloud reported; null when nothing came back.</param>
/// <param name="Latency">Time spent on the cloud call, retries included.</param>
/// <param name="RedactedPayload">Exactly what was sent; null when nothing was (disabled).</param>
/// <param name="Error">One of <see cref="EscalationErrors"/> when it failed.</param>
public sealed record EscalationResult(
    string Answer,
    bool Succeeded,
    TokenUsage? Usage,
    TimeSpan Latency,
    EscalationPayload? RedactedPayload,
    string? Error = null)
{
    public static EscalationResult Failure(string error, TimeSpan latency, EscalationPayload? payload) =>
        new(string.Empty, false, null, latency, payload, error);
}
