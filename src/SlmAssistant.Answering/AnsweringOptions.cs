using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Answering;

public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>Folder of Semantic Kernel plugins and domain profiles (plugins/Domains/*.json).</summary>
    [Required]
    public string PluginsDirectory { get; set; } = "plugins";

    /// <summary>How many retrieved chunks an answer may draw on.</summary>
    [Range(1, 20)]
    public int Top { get; set; } = 5;

    /// <summary>
    /// Cosine similarity (query vs best chunk) below which the evidence is too weak to answer from.
    /// Calibrated on the repository's own in-scope and out-of-scope questions (slm eval questions).
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinEvidence { get; set; } = 0.5;

    /// <summary>Cosine at which the evidence counts as fully convincing (confidence 1).</summary>
    [Range(0.0, 1.0)]
    public double StrongEvidence { get; set; } = 0.75;

    /// <summary>Most sentences the extractive answerer quotes.</summary>
    [Range(1, 6)]
    public int MaxSentences { get; set; } = 3;
}
