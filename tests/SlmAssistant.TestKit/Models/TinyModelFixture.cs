using SlmAssistant.Tools.TinyModel;

namespace SlmAssistant.TestKit.Models;

/// <summary>
/// Tiny generated ONNX Runtime GenAI models, written once per test run into a temporary folder (use it as an
/// xunit collection or class fixture): a scripted one with a LoRA adapter, a long scripted one for streaming,
/// cancellation and throughput, and one with random weights only, for constrained decoding.
/// </summary>
public sealed class TinyModelFixture : IDisposable
{
    public const string Script = "Hello! I am the tiny local model. How can I help you today?";
    public const string AdapterScript = "Support adapter here: your ticket has been escalated to a human.";
    public const string AdapterName = "support";

    public TinyModelFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "slm-tiny-models-" + Guid.NewGuid().ToString("N"));
        Scripted = Write("scripted", new TinyModelOptions { Script = Script, AdapterScript = AdapterScript, AdapterName = AdapterName });
        LongScript = string.Join(' ', Enumerable.Range(1, 300).Select(i => $"step{i}")) + ".";
        LongScripted = Write("long", new TinyModelOptions { Script = LongScript, AdapterScript = null, MaxLength = 2048 });
        Unscripted = Write("random", new TinyModelOptions { Script = null, AdapterScript = null });
    }

    /// <summary>The temporary folder all models of this fixture live in.</summary>
    public string Root { get; }

    /// <summary>Replies <see cref="Script"/>; with the <see cref="AdapterName"/> adapter active, <see cref="AdapterScript"/>.</summary>
    public TinyModelFiles Scripted { get; }

    /// <summary>Replies <see cref="LongScript"/> (about 300 tokens).</summary>
    public TinyModelFiles LongScripted { get; }

    public string LongScript { get; }

    /// <summary>Random weights, no script: free text runs to max_length; constrained decoding terminates.</summary>
    public TinyModelFiles Unscripted { get; }

    /// <summary>Writes another model below <see cref="Root"/>.</summary>
    public TinyModelFiles Write(string name, TinyModelOptions options) => TinyModelWriter.Write(Path.Combine(Root, name), options);

    /// <summary>A fresh empty folder below <see cref="Root"/>.</summary>
    public string CreateDirectory(string prefix) =>
        Directory.CreateDirectory(Path.Combine(Root, $"{prefix}-{Guid.NewGuid():N}")).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a failing Dispose would hide the test results.
        }
    }
}
