namespace SlmAssistant.Inference.Onnx.Hub;

/// <summary>A pull failed: an HTTP error, an unsafe path from the server, or a file whose size or checksum is wrong.</summary>
public sealed class ModelPullException : Exception
{
    public ModelPullException()
    {
    }

    public ModelPullException(string message)
        : base(message)
    {
    }

    public ModelPullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
