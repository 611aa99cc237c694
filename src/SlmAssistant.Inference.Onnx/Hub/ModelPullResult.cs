namespace SlmAssistant.Inference.Onnx.Hub;

/// <param name="ModelFolder">The folder of the first genai_config.json pulled: what <c>Slm:ModelPath</c> should name.</param>
public sealed record ModelPullResult(IReadOnlyList<PulledFile> Files, string? ModelFolder);
