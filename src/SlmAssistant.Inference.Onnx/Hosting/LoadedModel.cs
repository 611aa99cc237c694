using Microsoft.ML.OnnxRuntimeGenAI;

namespace SlmAssistant.Inference.Onnx.Hosting;

/// <summary>The native objects of a loaded model folder; owned and disposed by <see cref="OnnxModelHost"/>.</summary>
internal sealed class LoadedModel(
    string path,
    Model model,
    Tokenizer tokenizer,
    Adapters adapters,
    IReadOnlyCollection<string> adapterNames,
    int? contextLength,
    IReadOnlySet<int> specialTokenIds)
    : IDisposable
{
    public string Path { get; } = path;

    public Model Model { get; } = model;

    public Tokenizer Tokenizer { get; } = tokenizer;

    public Adapters Adapters { get; } = adapters;

    public IReadOnlyCollection<string> AdapterNames { get; } = adapterNames;

    /// <summary><c>model.context_length</c> of genai_config.json: search.max_length may not exceed it.</summary>
    public int? ContextLength { get; } = contextLength;

    /// <summary>Special tokens of tokenizer.json: never shown as text (<c>Tokenizer.Decode</c> turns them into "\uFFFD").</summary>
    public IReadOnlySet<int> SpecialTokenIds { get; } = specialTokenIds;

    public void Dispose()
    {
        Adapters.Dispose();
        Tokenizer.Dispose();
        Model.Dispose();
    }
}
