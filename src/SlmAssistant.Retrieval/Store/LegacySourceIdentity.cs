namespace SlmAssistant.Retrieval.Store;

/// <summary>
/// The identity a document stored under the old scheme (its path relative to whatever directory the run started in,
/// or absolute) has under the current one: its path below the folder of its domain. The folder is the last directory
/// of the old path named like the document's domain ("knowledge/return-policy/sub/x.md" in "return-policy" becomes
/// "return-policy/sub/x.md"); a domain given by hand names no folder, so the file's own folder is taken
/// ("knowledge/faq/x.md" becomes "faq/x.md"), which is what a run names any file directly in a domain folder.
/// </summary>
internal static class LegacySourceIdentity
{
    public static string Map(string source, string domain)
    {
        // Uploads ("upload://…") and other URIs were never paths.
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            return source;
        }

        var segments = source.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2)
        {
            return source;
        }

        for (var i = segments.Length - 2; i >= 0; i--)
        {
            if (string.Equals(segments[i], domain, StringComparison.Ordinal))
            {
                return string.Join('/', segments[i..]);
            }
        }

        return string.Join('/', segments[^2..]);
    }
}
