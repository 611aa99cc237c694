using System.Text.RegularExpressions;

namespace SlmAssistant.Ingestion.Detection;

/// <summary>
/// Markdown without a .md name: a heading plus another Markdown construct, or a fenced code block or a pipe table,
/// or three different constructs. Plain prose with a dash list stays plain text.
/// </summary>
internal static partial class MarkdownHeuristics
{
    public static bool LooksLikeMarkdown(string head)
    {
        var heading = AtxHeading().IsMatch(head);
        var fence = Fence().IsMatch(head);
        var table = TableSeparator().IsMatch(head);
        var signals = Count(heading, fence, table, ListItem().IsMatch(head), Link().IsMatch(head), Strong().IsMatch(head), Quote().IsMatch(head));
        return fence || table || (heading && signals >= 2) || signals >= 3 || AtxHeading().Count(head) >= 2;
    }

    private static int Count(params bool[] signals) => signals.Count(s => s);

    [GeneratedRegex(@"^#{1,6}[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^[ ]{0,3}(```|~~~)", RegexOptions.Multiline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", RegexOptions.Multiline)]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^[ \t]*([-*+]|\d{1,3}[.)])[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\[[^\]\n]+\]\([^)\s]+\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)\S[^\n]*?\S\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"^>[ \t]", RegexOptions.Multiline)]
    private static partial Regex Quote();
}
