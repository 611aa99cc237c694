namespace SlmAssistant.Tools.TinyModel;

/// <summary>What <see cref="TinyModelWriter"/> generates.</summary>
public sealed record TinyModelOptions
{
    /// <summary>
    /// The reply greedy decoding produces whatever the prompt, then EOS; <see langword="null"/> for a model with
    /// random weights only (pair it with constrained decoding, which makes it terminate).
    /// </summary>
    public string? Script { get; init; } = "Hello! I am the tiny local model.";

    /// <summary>The reply when the adapter is active; <see langword="null"/> writes no adapter.</summary>
    public string? AdapterScript { get; init; } = "Greetings from the support adapter.";

    /// <summary>The adapter file is <c>&lt;AdapterName&gt;.onnx_adapter</c> in the model folder.</summary>
    public string AdapterName { get; init; } = "support";

    /// <summary>
    /// The default context: the tiny tokenizer spends about one token per character, and a grounded prompt with four
    /// sources of the repository's knowledge takes about 1,700 tokens of it.
    /// </summary>
    public const int DefaultMaxLength = 4096;

    /// <summary>Context length, position table size and <c>search.max_length</c> (prompt plus reply tokens).</summary>
    public int MaxLength { get; init; } = DefaultMaxLength;

    /// <summary>Seeds the random weights, so that the same options give the same files.</summary>
    public int Seed { get; init; } = 1234;

    /// <summary>Logit offset for the next script token; the transformer's own logits are of order 1.</summary>
    public float ScriptBias { get; init; } = 30f;
}
