using System.Security.Cryptography;
using System.Text;

namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>How sources and documents are named, so the same file always maps to the same stored document.</summary>
public static class SourceIdentity
{
    /// <summary>
    /// The source of a file: its path relative to <paramref name="currentDirectory"/> when inside it, else absolute;
    /// forward slashes either way, so the id does not depend on the platform.
    /// </summary>
    public static string ForPath(string path, string currentDirectory)
    {
        var full = Path.GetFullPath(path, currentDirectory);
        var relative = Path.GetRelativePath(currentDirectory, full);
        var inside = !Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return (inside ? relative : full).Replace('\\', '/');
    }

    /// <summary>A short stable id: the first 16 hex digits of the SHA-256 of the source string.</summary>
    public static string DocumentId(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..16];

    /// <summary>SHA-256 of the file's bytes, hex: equal hashes mean an unchanged file.</summary>
    public static string ContentHash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
