using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SlmAssistant.Host.Features.Seeding;

/// <summary>Degraded until the knowledge folder is ingested, Unhealthy if that failed.</summary>
public sealed class SeedingHealthCheck(SeedingState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["stage"] = state.Stage };
        var result = state.Stage switch
        {
            SeedingStages.Ready or SeedingStages.Disabled => HealthCheckResult.Healthy(state.Detail, data),
            SeedingStages.Failed => HealthCheckResult.Unhealthy(state.Detail, data: data),
            _ => HealthCheckResult.Degraded(state.Detail ?? "ingesting the knowledge folder", data: data),
        };
        return Task.FromResult(result);
    }
}
