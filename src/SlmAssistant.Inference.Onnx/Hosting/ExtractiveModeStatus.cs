namespace SlmAssistant.Inference.Onnx.Hosting;

/// <summary>The status when <c>Slm:ModelPath</c> is empty: healthy, nothing to load.</summary>
internal sealed class ExtractiveModeStatus : ILocalModelStatus
{
    public LocalModelMode Mode => LocalModelMode.Extractive;

    public string? ModelPath => null;

    public Task<LocalModelHealth> CheckAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new LocalModelHealth(true, "No local model configured (Slm:ModelPath is empty): extractive mode."));
}
