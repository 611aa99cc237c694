using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Inference.Onnx.Hosting;

/// <summary>The local small language model (configuration section <c>Slm</c>).</summary>
public sealed class SlmOptions
{
    public const string SectionName = "Slm";

    /// <summary>An ONNX Runtime GenAI model folder (genai_config.json, model.onnx, tokenizer files); empty means no local model, a normal state.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Prompt plus reply, in tokens (<c>search.max_length</c>); an unset max_length makes generation crawl.</summary>
    [Range(16, 1_048_576)]
    public int MaxLength { get; set; } = 2048;

    /// <summary>Default reply length cap when a request sets none; <see langword="null"/> lets the reply fill <see cref="MaxLength"/>.</summary>
    [Range(1, 1_048_576)]
    public int? MaxOutputTokens { get; set; }

    /// <summary>Default sampling temperature; 0 or <see langword="null"/> is greedy unless a request asks otherwise.</summary>
    [Range(0.0, 5.0)]
    public float? Temperature { get; set; }

    [Range(0.0, 1.0)]
    public float? TopP { get; set; }

    [Range(1, 100_000)]
    public int? TopK { get; set; }

    /// <summary>Generations running at once; further requests wait for a slot.</summary>
    [Range(1, 64)]
    public int MaxConcurrentGenerations { get; set; } = 1;

    /// <summary>Adapter name (e.g. a domain) → <c>.onnx_adapter</c> path; a relative path is taken from the model folder.</summary>
    public Dictionary<string, string> Adapters { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ModelPath);
}
