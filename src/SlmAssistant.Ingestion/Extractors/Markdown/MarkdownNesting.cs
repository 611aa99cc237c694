namespace SlmAssistant.Ingestion.Extractors.Markdown;

/// <summary>
/// How deep a Markdown file's lists and block quotes nest, from a scan of each line's prefix before Markdig parses it:
/// Markdig's work grows with the depth of open containers on every line and it only gives up at 128, after tens of
/// seconds. Each '&gt;' or list marker opening a line counts one level, and so does every two columns of indentation
/// before a list marker (an over-estimate where lists indent by three or four, on the safe side).
/// </summary>
internal static class MarkdownNesting
{
    public static int Depth(string markdown, ExtractionBudget budget)
    {
        var deepest = 0;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            budget.Check();
            deepest = Math.Max(deepest, LineDepth(line));
        }

        return deepest;
    }

    private static int LineDepth(ReadOnlySpan<char> line)
    {
        var i = 0;
        var indent = Indentation(line, ref i);
        var markers = 0;
        while (i < line.Length)
        {
            var length = MarkerLength(line[i..]);
            if (length == 0)
            {
                break;
            }

            markers++;
            i += length;
            Indentation(line, ref i);
        }

        return markers == 0 ? 0 : markers + (indent / 2);
    }

    private static int Indentation(ReadOnlySpan<char> line, ref int i)
    {
        var columns = 0;
        for (; i < line.Length && line[i] is ' ' or '\t'; i++)
        {
            columns += line[i] == '\t' ? 4 - (columns % 4) : 1;
        }

        return columns;
    }

    /// <summary>The length of a container marker at the start of <paramref name="text"/>: "&gt;", "- ", "* ", "+ ", "12. ", "3) "; 0 for none.</summary>
    private static int MarkerLength(ReadOnlySpan<char> text)
    {
        if (text[0] == '>')
        {
            return 1;
        }

        if (text[0] is '-' or '*' or '+')
        {
            return text.Length == 1 || text[1] is ' ' or '\t' ? 1 : 0;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t')
            ? digits + 1
            : 0;
    }
}
