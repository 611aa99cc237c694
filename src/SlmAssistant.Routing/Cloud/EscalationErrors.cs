namespace SlmAssistant.Routing.Cloud;

/// <summary>Why an escalation did not succeed (<see cref="EscalationResult.Error"/>); the details go to the log.</summary>
public static class EscalationErrors
{
    /// <summary>No provider configured; nothing was sent.</summary>
    public const string Disabled = "disabled";

    /// <summary>No answer within Escalation:TimeoutSeconds.</summary>
    public const string Timeout = "timeout";

    /// <summary>The circuit breaker is open after repeated failures; nothing was sent.</summary>
    public const string CircuitOpen = "circuit-open";

    /// <summary>401/403: the key or the deployment is wrong. Not retried.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>429 after the retries.</summary>
    public const string RateLimited = "rate-limited";

    /// <summary>5xx after the retries.</summary>
    public const string ServerError = "server-error";

    /// <summary>Anything else: a bad request, a network failure, an empty or unreadable response.</summary>
    public const string Failed = "failed";

    /// <summary>Only in the audit trail: the caller canceled, and its OperationCanceledException propagates.</summary>
    public const string Canceled = "canceled";
}
