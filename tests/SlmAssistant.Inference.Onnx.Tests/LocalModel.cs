using Microsoft.Extensions.Options;
using SlmAssistant.Inference.Onnx.Chat;
using SlmAssistant.Inference.Onnx.Hosting;
using SlmAssistant.Tools.TinyModel;

namespace SlmAssistant.Inference.Onnx.Tests;

/// <summary>A host and a chat client over one model folder, disposed together.</summary>
internal sealed class LocalModel : IDisposable
{
    public LocalModel(TinyModelFiles files, Action<SlmOptions>? configure = null)
        : this(files.Directory, options =>
        {
            if (files.AdapterPath is not null)
            {
                options.Adapters["support"] = Path.GetFileName(files.AdapterPath);
            }

            configure?.Invoke(options);
        })
    {
    }

    public LocalModel(string modelPath, Action<SlmOptions>? configure = null)
    {
        Options = new SlmOptions { ModelPath = modelPath };
        configure?.Invoke(Options);
        Host = new OnnxModelHost(Microsoft.Extensions.Options.Options.Create(Options));
        Client = new OnnxChatClient(Host, Microsoft.Extensions.Options.Options.Create(Options));
    }

    public SlmOptions Options { get; }

    public OnnxModelHost Host { get; }

    public OnnxChatClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Host.Dispose();
    }
}
