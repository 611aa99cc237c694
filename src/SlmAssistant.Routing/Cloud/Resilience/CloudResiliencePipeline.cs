using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SlmAssistant.Routing.Cloud.Resilience;

/// <summary>
/// The cloud HttpClient's pipeline, outermost first: total timeout → retry (exponential backoff with jitter on 5xx, 408,
/// 429, network errors and attempt timeouts; honours Retry-After) → circuit breaker → per-attempt timeout.
/// The breaker sits inside the retry so every failed attempt counts, and once open it fails calls before they reach the network.
/// 401/403 and other 4xx are not transient: no retry, and the breaker ignores them.
/// </summary>
internal static class CloudResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, EscalationOptions options)
    {
        pipeline.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                MaxDelay = TimeSpan.FromSeconds(options.TimeoutSeconds),
                ShouldRetryAfterHeader = true,
            });
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = TimeSpan.FromSeconds(options.CircuitBreakerSamplingSeconds),
            BreakDuration = TimeSpan.FromSeconds(options.CircuitBreakerBreakSeconds),
        });
        pipeline.AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds));
    }
}
