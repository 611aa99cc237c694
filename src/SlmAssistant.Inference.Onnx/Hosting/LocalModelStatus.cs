namespace SlmAssistant.Inference.Onnx.Hosting;

/// <summary>The status of a configured model folder, as <see cref="OnnxModelHost"/> sees it.</summary>
internal sealed class LocalModelStatus(OnnxModelHost host) : ILocalModelStatus
{
    public LocalModelMode Mode => LocalModelMode.Local;

    public string? ModelPath => host.ModelPath;

    public Task<LocalModelHealth> CheckAsync(CancellationToken cancellationToken = default) => host.ValidateAsync(cancellationToken);
}
