namespace SlmAssistant.Inference.Onnx.Hosting;

public enum LocalModelMode
{
    /// <summary>No local model configured: answers are extracted from the documents, not generated.</summary>
    Extractive,

    /// <summary>A local model folder is configured and answers are generated with it.</summary>
    Local,
}
