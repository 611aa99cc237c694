using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Ingestion;

/// <summary>Limits and batching of the ingestion pipeline. Bound from the "Ingestion" configuration section.</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Files larger than this are refused before they are read (default 25 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Chunks embedded per call to the embedding generator; progress is reported after each batch.</summary>
    [Range(1, 1024)]
    public int EmbeddingBatchSize { get; set; } = 32;

    /// <summary>A .docx with more ZIP entries than this is refused (zip-bomb guard).</summary>
    [Range(1, 1_000_000)]
    public int MaxArchiveEntries { get; set; } = 10_000;

    /// <summary>A .docx that inflates to more than this many bytes in total is refused (zip-bomb guard; default 256 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxArchiveUncompressedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>A .docx entry that inflates more than this many times its compressed size is refused (zip-bomb guard).</summary>
    [Range(2, 100_000)]
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>
    /// Extracting one file may take this long (default 60 s); a file that takes longer fails alone as too complex, so
    /// one hostile file cannot hold the ingestion worker.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ExtractionTimeBudget { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Extracting one file may allocate this many bytes in all (default 4 GB); more fails the file as too complex.</summary>
    [Range(1, long.MaxValue)]
    public long ExtractionMemoryBudgetBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>HTML whose elements nest deeper than this fails as too complex before it is parsed (browsers stop at 512).</summary>
    [Range(1, 100_000)]
    public int MaxHtmlDepth { get; set; } = 512;

    /// <summary>Markdown whose lists and block quotes nest deeper than this fails as too complex before Markdig parses it.</summary>
    [Range(1, 1_000)]
    public int MaxMarkdownNesting { get; set; } = 32;
}
