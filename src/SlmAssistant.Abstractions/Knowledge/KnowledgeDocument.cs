using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>A document as stored: one row per source file.</summary>
/// <param name="Id">Stable id derived from <paramref name="Source"/>.</param>
/// <param name="Source">Where the document came from: a path relative to the working directory (forward slashes), or absolute.</param>
/// <param name="ContentHash">SHA-256 (hex) of the file's bytes: an unchanged file is not ingested again.</param>
public sealed record KnowledgeDocument(
    string Id,
    string Source,
    string Title,
    string Domain,
    DocumentFormat Format,
    string ContentHash,
    long SizeBytes,
    int ChunkCount,
    DateTimeOffset IngestedAt)
{
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    public int? PageCount { get; init; }

    /// <summary>Where customers can read the document (an http(s) address), when known.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// The version of the ingestion pipeline that wrote the document; a document written by an older one is ingested
    /// again from its file even when its bytes are unchanged (tables read as sentences, sentence vectors).
    /// </summary>
    public int PipelineVersion { get; init; }
}
