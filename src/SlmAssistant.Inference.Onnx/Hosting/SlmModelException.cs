namespace SlmAssistant.Inference.Onnx.Hosting;

/// <summary>The local model could not be used: missing folder or files, a corrupt model, an unknown adapter. The message names the path.</summary>
public sealed class SlmModelException : Exception
{
    public SlmModelException()
    {
    }

    public SlmModelException(string message)
        : base(message)
    {
    }

    public SlmModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
