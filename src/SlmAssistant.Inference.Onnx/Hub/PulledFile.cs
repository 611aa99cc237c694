namespace SlmAssistant.Inference.Onnx.Hub;

/// <param name="ResumedFrom">Bytes that were already in the .partial file; 0 for a fresh download.</param>
public sealed record PulledFile(string Path, string LocalPath, long Size, ModelPullFileState State, long ResumedFrom);
