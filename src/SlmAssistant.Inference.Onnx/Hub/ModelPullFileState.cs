namespace SlmAssistant.Inference.Onnx.Hub;

public enum ModelPullFileState
{
    /// <summary>Downloading; <see cref="ModelPullProgress.BytesDone"/> includes bytes resumed from a .partial file.</summary>
    Downloading,

    /// <summary>Downloaded, verified and renamed into place.</summary>
    Completed,

    /// <summary>Already complete on disk: not downloaded again.</summary>
    Skipped,
}
