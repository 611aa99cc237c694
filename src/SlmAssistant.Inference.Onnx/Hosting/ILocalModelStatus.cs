namespace SlmAssistant.Inference.Onnx.Hosting;

/// <summary>Whether a local model is in use and whether it loads; always registered by <c>AddSlmLocalModel</c>.</summary>
public interface ILocalModelStatus
{
    LocalModelMode Mode { get; }

    string? ModelPath { get; }

    /// <summary>Loads the model if needed (once) and reports; never throws for a bad model.</summary>
    Task<LocalModelHealth> CheckAsync(CancellationToken cancellationToken = default);
}
