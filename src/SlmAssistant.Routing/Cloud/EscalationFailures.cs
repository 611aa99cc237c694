using System.ClientModel;
using System.Net;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace SlmAssistant.Routing.Cloud;

/// <summary>Turns whatever the connector or the resilience pipeline threw into one of <see cref="EscalationErrors"/>.</summary>
internal static class EscalationFailures
{
    public static string Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case BrokenCircuitException:
                    return EscalationErrors.CircuitOpen;
                case TimeoutRejectedException or TimeoutException or OperationCanceledException:
                    return EscalationErrors.Timeout;
                case HttpOperationException { StatusCode: { } status }:
                    return FromStatus((int)status);
                case ClientResultException { Status: > 0 } result:
                    return FromStatus(result.Status);
                case HttpRequestException { StatusCode: { } status }:
                    return FromStatus((int)status);
            }
        }

        return EscalationErrors.Failed;
    }

    private static string FromStatus(int status) => status switch
    {
        (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden => EscalationErrors.Unauthorized,
        (int)HttpStatusCode.TooManyRequests => EscalationErrors.RateLimited,
        (int)HttpStatusCode.RequestTimeout => EscalationErrors.Timeout,
        >= 500 => EscalationErrors.ServerError,
        _ => EscalationErrors.Failed,
    };
}
