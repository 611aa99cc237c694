using Microsoft.Extensions.Diagnostics.HealthChecks;
using SlmAssistant.Inference.Onnx.Hosting;

namespace SlmAssistant.Host.Features.LocalModel;

/// <summary>
/// Says which answer mode is active: extractive (no model configured, a normal state) or the local model, which is
/// Unhealthy with the error naming the path when the configured model folder is missing or does not load.
/// </summary>
public sealed class LocalModelHealthCheck(ILocalModelStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["mode"] = status.Mode == LocalModelMode.Local ? "slm" : "extractive" };
        if (status.Mode != LocalModelMode.Local)
        {
            return HealthCheckResult.Healthy("no local model configured (Slm:ModelPath): answers are extractive", data);
        }

        data["modelPath"] = status.ModelPath ?? string.Empty;
        var health = await status.CheckAsync(cancellationToken);
        return health.IsHealthy
            ? HealthCheckResult.Healthy(health.Description, data)
            : HealthCheckResult.Unhealthy(health.Description, data: data);
    }
}
