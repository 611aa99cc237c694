namespace SlmAssistant.Tools.FineTuning.Job;

/// <summary>What <c>slm finetune job</c> prepares: the dataset, the Hugging Face base, its ONNX build and the training settings.</summary>
public sealed record FineTuningJobSettings
{
    /// <summary>A folder with train.jsonl (required), validation.jsonl and a dataset card (*.json), as <c>slm finetune dataset</c> writes.</summary>
    public required string DatasetDirectory { get; init; }

    /// <summary>The Hugging Face model id (or local folder) of the PyTorch weights the ONNX build was made from.</summary>
    public required string BaseModel { get; init; }

    /// <summary>The ONNX Runtime GenAI folder (or .onnx file) the adapter must load into.</summary>
    public required string OnnxModel { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>The adapter is <c>output/&lt;AdapterName&gt;.onnx_adapter</c>.</summary>
    public string AdapterName { get; init; } = "adapter";

    /// <summary>The LoRA rank when the ONNX inputs leave it symbolic; a rank the inputs fix wins, and a different one here is an error.</summary>
    public int? Rank { get; init; }

    /// <summary>LoRA alpha; twice the rank unless given.</summary>
    public int? Alpha { get; init; }

    public double Dropout { get; init; } = 0.05;

    public int Epochs { get; init; } = 3;

    public double LearningRate { get; init; } = 2e-4;

    public int BatchSize { get; init; } = 4;

    public int GradientAccumulation { get; init; } = 4;

    /// <summary>Tokens per example (prompt with its numbered sources plus the answer).</summary>
    public int MaxLength { get; init; } = 2048;

    public const int DefaultRank = 16;
}
