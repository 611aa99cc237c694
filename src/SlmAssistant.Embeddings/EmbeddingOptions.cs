using System.ComponentModel.DataAnnotations;
using SlmAssistant.Embeddings.Model;

namespace SlmAssistant.Embeddings;

/// <summary>How the local embedding model is run.</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Embeddings";

    /// <summary>Most inputs per model call. Inputs are sorted by length first, so a batch pads only to its own longest input.</summary>
    [Range(1, 512)]
    public int BatchSize { get; set; } = 32;

    /// <summary>
    /// Most tokens (inputs × longest input) per model call. Around 2,000 was fastest on a 2-core machine and keeps
    /// attention buffers small: ~10 passages of 200 tokens, 4 of 512, or <see cref="BatchSize"/> short queries.
    /// </summary>
    [Range(64, 1_048_576)]
    public int MaxBatchTokens { get; set; } = 2048;

    /// <summary>Longest input in tokens, [CLS] and [SEP] included; longer inputs are truncated.</summary>
    [Range(8, ArcticXsModel.MaxTokens)]
    public int MaxTokens { get; set; } = ArcticXsModel.MaxTokens;

    /// <summary>
    /// Query vectors remembered (a turn's question is embedded once for retrieval, routing and composition; starters
    /// and repeated questions are not embedded again); 0 keeps only the latest, e.g. to benchmark distinct questions.
    /// </summary>
    [Range(0, 1_000_000)]
    public int QueryCacheCapacity { get; set; } = 1024;

    /// <summary>Threads one model call may use; 0 means one per processor.</summary>
    [Range(0, 256)]
    public int IntraOpThreads { get; set; }
}
