using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Retrieval.Store;

/// <summary>How the knowledge store's keyword and vector search rank (where it lives: Storage's DataDirectoryOptions).</summary>
public sealed class KnowledgeStoreOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>BM25 weight of a match in a chunk's document title (1.5 was best on the SciFact train split, from 0.5 to 5).</summary>
    [Range(0.0, 100.0)]
    public double TitleWeight { get; set; } = 1.5;

    /// <summary>BM25 weight of a match in a chunk's section headings (SciFact has none: set like the title, untuned).</summary>
    [Range(0.0, 100.0)]
    public double SectionWeight { get; set; } = 1.5;

    /// <summary>BM25 weight of a match in a chunk's text.</summary>
    [Range(0.0, 100.0)]
    public double TextWeight { get; set; } = 1.0;

    /// <summary>Stores with at least this many vectors are scanned on all cores at once.</summary>
    [Range(1, int.MaxValue)]
    public int ParallelScanThreshold { get; set; } = 16_384;
}
