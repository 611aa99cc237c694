using System.Security.Cryptography;
using System.Text;
using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>A document as stored: one row per source file.</summary>
/// <param name="Id">Stable id derived from <paramref name="Source"/>.</param>
/// <param name="Source">
/// The document's identity: a file's path below the folder of its domain, forward slashes ("return-policy/refunds.md",
/// the same whatever directory the run started in), or a URI for documents that never had a file ("upload://…").
/// </param>
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

    /// <summary>The full path the document's file was last read from; null for uploads (and documents stored before it was kept).</summary>
    public string? Origin { get; init; }

    /// <summary>The id of the document with this source: the first 16 hex digits of the SHA-256 of the source string.</summary>
    public static string IdFor(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..16];
}
