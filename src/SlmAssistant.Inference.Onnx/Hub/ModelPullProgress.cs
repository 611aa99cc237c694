namespace SlmAssistant.Inference.Onnx.Hub;

/// <summary>Progress of one file, for a progress bar.</summary>
public sealed record ModelPullProgress(string Path, long BytesDone, long TotalBytes, ModelPullFileState State);
