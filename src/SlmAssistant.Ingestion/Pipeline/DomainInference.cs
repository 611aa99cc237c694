namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>
/// The domain of a file found under a folder given to ingest: the first folder below that root
/// (<c>knowledge/medical/x.md</c> from <c>knowledge/</c> is "medical"); files directly under the root take the root
/// folder's own name. A file given by itself takes its parent folder's name.
/// </summary>
public static class DomainInference
{
    public const string Fallback = "general";

    public static string ForFileUnderRoot(string rootDirectory, string filePath)
    {
        var root = Path.GetFullPath(rootDirectory);
        var relative = Path.GetRelativePath(root, Path.GetFullPath(filePath));
        var separator = relative.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        return separator > 0 ? relative[..separator] : FolderName(root);
    }

    public static string ForSingleFile(string filePath) => FolderName(Path.GetDirectoryName(Path.GetFullPath(filePath)));

    private static string FolderName(string? directory)
    {
        var name = directory is null ? null : Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        return string.IsNullOrWhiteSpace(name) ? Fallback : name;
    }
}
