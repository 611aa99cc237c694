namespace SlmAssistant.Inference.Onnx.Hosting;

/// <summary>What a health check reports about the local model; <see cref="Description"/> carries the error and the path.</summary>
public sealed record LocalModelHealth(bool IsHealthy, string Description, TimeSpan? LoadDuration = null);
