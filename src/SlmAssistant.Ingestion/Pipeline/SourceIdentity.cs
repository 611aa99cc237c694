using System.Security.Cryptography;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>
/// How sources and documents are named, so the same file always maps to the same stored document: by its path below
/// the folder of its domain ("return-policy/refunds.md"), forward slashes, never by the directory a run started in, so
/// `slm ingest knowledge` from the repository and `slm ingest /abs/path/knowledge` from elsewhere name a file alike.
/// </summary>
public static class SourceIdentity
{
    /// <summary>
    /// A file found under a folder given to a run: its path below that folder when it lies in a subfolder (the domain's),
    /// else the folder's own name and the file name, as <see cref="DomainInference.ForFileUnderRoot"/> names its domain.
    /// </summary>
    public static string ForFileUnderRoot(string rootDirectory, string filePath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(rootDirectory), Path.GetFullPath(filePath)).Replace('\\', '/');
        return relative.Contains('/', StringComparison.Ordinal) ? relative : $"{DomainInference.ForFileUnderRoot(rootDirectory, filePath)}/{relative}";
    }

    /// <summary>A file given by itself: its folder's name and its file name, as a run over that folder names it.</summary>
    public static string ForSingleFile(string filePath) =>
        $"{DomainInference.ForSingleFile(filePath)}/{Path.GetFileName(Path.GetFullPath(filePath))}";

    /// <summary>A short stable id: the first 16 hex digits of the SHA-256 of the source string.</summary>
    public static string DocumentId(string source) => KnowledgeDocument.IdFor(source);

    /// <summary>SHA-256 of the file's bytes, hex: equal hashes mean an unchanged file.</summary>
    public static string ContentHash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
