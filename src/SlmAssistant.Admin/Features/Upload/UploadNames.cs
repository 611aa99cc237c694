using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SlmAssistant.Admin.Features.Upload;

/// <summary>
/// Turns what a client sent (a domain, a file name) into safe names. A file name is only ever metadata: the bytes are
/// stored under a random id, and the source "upload://domain/path" keeps the name's relative path (a folder upload's
/// "a/README.md" and "b/README.md" stay two documents) with "." and ".." segments dropped and characters that mean
/// something in a URI or path replaced in each segment, so "../../etc/passwd" becomes "upload://general/etc/passwd"
/// and is never a path anywhere.
/// </summary>
public static partial class UploadNames
{
    public const string Scheme = "upload://";
    public const int MaxFileNameLength = 255;

    /// <summary>Lower-case letters, digits, '-' and '_', 1 to 64 characters; null when nothing usable is left.</summary>
    public static string? NormalizeDomain(string? domain)
    {
        var normalized = Whitespace().Replace((domain ?? string.Empty).Trim().ToLowerInvariant(), "-");
        return DomainPattern().IsMatch(normalized) ? normalized : null;
    }

    /// <summary>
    /// The original name for display and storage: control and format characters (newlines, bidirectional overrides such
    /// as U+202E that make "gpj.exe" read as "exe.jpg", zero-width characters) and line separators dropped, length
    /// capped; "upload" when empty.
    /// </summary>
    public static string DisplayName(string? fileName)
    {
        var builder = new StringBuilder();
        foreach (var c in fileName ?? string.Empty)
        {
            if (!IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        var name = builder.ToString().Trim();
        if (name.Length > MaxFileNameLength)
        {
            name = name[..MaxFileNameLength];
        }

        return name.Length == 0 ? "upload" : name;
    }

    /// <summary>"upload://domain/a/b.md" from the name's relative path, each segment with characters that mean something in a URI or path replaced.</summary>
    public static string Source(string domain, string fileName)
    {
        var segments = DisplayName(fileName).Split(['/', '\\'])
            .Select(segment => UnsafeCharacters().Replace(segment.Trim(), "_").Trim('.', ' '))
            .Where(segment => segment.Length > 0)
            .ToList();
        return $"{Scheme}{domain}/{(segments.Count == 0 ? "upload" : string.Join('/', segments))}";
    }

    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    public static bool IsUploadSource(string source) => source.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"[/\\?#%:*""<>|]")]
    private static partial Regex UnsafeCharacters();
}
