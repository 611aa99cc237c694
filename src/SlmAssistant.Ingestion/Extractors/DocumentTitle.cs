namespace SlmAssistant.Ingestion.Extractors;

/// <summary>The last resort for a title: the file name without its extension.</summary>
internal static class DocumentTitle
{
    public static string FromSourceName(string sourceName)
    {
        var name = Path.GetFileNameWithoutExtension(sourceName.Replace('\\', '/').Split('/')[^1]);
        return string.IsNullOrWhiteSpace(name) ? "Untitled" : name.Trim();
    }

    /// <summary>Titles compare equal when only case and spacing differ.</summary>
    public static bool SameText(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Whitespace.Collapse(a), Whitespace.Collapse(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a heading repeats the title, or the title is the heading plus a site name ("Refunds | Contoso").</summary>
    public static bool Covers(string title, string heading) =>
        Whitespace.Collapse(heading) is { Length: > 0 } text && Whitespace.Collapse(title).Contains(text, StringComparison.OrdinalIgnoreCase);

    public static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : Whitespace.Collapse(text);
}
