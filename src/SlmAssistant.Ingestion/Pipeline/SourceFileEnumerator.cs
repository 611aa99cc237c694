namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>
/// Expands the paths of a run into files: folders recursively in name order, hidden files and folders skipped (a dot
/// name or the hidden attribute), symbolic links to files followed only when they stay inside the root, and links to
/// folders never followed (no escapes, no cycles). Each source is listed once (<see cref="SourceIdentity"/>), so the
/// same file given twice, or by two paths, is ingested once.
/// </summary>
internal static class SourceFileEnumerator
{
    public static SourcePlan Plan(IReadOnlyList<string> paths, string? domain, string currentDirectory)
    {
        var files = new List<SourceFile>();
        var missing = new List<string>();
        var roots = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, currentDirectory);
            if (Directory.Exists(full))
            {
                roots.Add(full);
                foreach (var file in Walk(full, RealPath(full)))
                {
                    Add(file, SourceIdentity.ForFileUnderRoot(full, file), domain ?? DomainInference.ForFileUnderRoot(full, file));
                }
            }
            else if (File.Exists(full))
            {
                Add(full, SourceIdentity.ForSingleFile(full), domain ?? DomainInference.ForSingleFile(full));
            }
            else
            {
                missing.Add(path);
            }
        }

        return new SourcePlan(files, missing, roots);

        void Add(string file, string source, string fileDomain)
        {
            if (seen.Add(source))
            {
                files.Add(new SourceFile(file, source, fileDomain));
            }
        }
    }

    public static bool IsInside(string path, string directory) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static IEnumerable<string> Walk(string directory, string realRoot)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options)
            .Where(entry => !entry.Name.StartsWith('.'))
            .OrderBy(entry => entry.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo folder)
            {
                if (folder.LinkTarget is not null)
                {
                    continue;
                }

                foreach (var file in Walk(folder.FullName, realRoot))
                {
                    yield return file;
                }
            }
            else if (entry.LinkTarget is null || FollowsInside(entry, realRoot))
            {
                yield return entry.FullName;
            }
        }
    }

    private static bool FollowsInside(FileSystemInfo link, string realRoot)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } && IsInside(RealPath(target.FullName), realRoot);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The path with every symbolic link resolved, so "inside the root" compares like with like.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var resolvedParent = parent is null ? null : RealPath(parent);
        var current = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        var info = new FileInfo(current);
        var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? current : RealPath(target.FullName);
    }
}
