using SlmAssistant.Inference.Onnx.Hosting;

namespace SlmAssistant.Host.Features.LocalModel;

/// <summary>Loads the configured local model right after start-up, so a bad path is reported at once, not on the first question.</summary>
public sealed class LocalModelWarmup(ILocalModelStatus status, ILogger<LocalModelWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (status.Mode != LocalModelMode.Local)
        {
            logger.LogInformation("No local model configured (Slm:ModelPath): answering in extractive mode");
            return;
        }

        var health = await status.CheckAsync(stoppingToken);
        if (health.IsHealthy)
        {
            logger.LogInformation("Local model ready: {Description}", health.Description);
        }
        else
        {
            logger.LogError("Local model unavailable: {Description}", health.Description);
        }
    }
}
