namespace SlmAssistant.Ingestion.Extractors.Html;

/// <summary>
/// How deep a page's elements nest, from a linear scan of its tags before it is parsed: the parser's work grows with
/// depth on every element (about quadratic in all), so a page of 200,000 nested &lt;div&gt;s must be refused unparsed.
/// Void elements, self-closing tags and elements whose end tag may be left out (p, li, td …) do not count, so sloppy
/// but ordinary HTML is not mistaken for deep nesting.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
        "colgroup", "caption", "rb", "rt", "rtc", "rp",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>The deepest nesting seen, stopping as soon as it passes <paramref name="limit"/>.</summary>
    public static int Depth(string html, int limit, ExtractionBudget budget)
    {
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && deepest <= limit)
        {
            budget.Check();
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i + 4, "-->");
            }
            else if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                i = SkipPast(html, i + 2, ">");
            }
            else if (i + 2 < html.Length && html[i + 1] == '/' && char.IsAsciiLetter(html[i + 2]))
            {
                depth = Math.Max(0, depth - 1);
                i = SkipPast(html, i + 2, ">");
            }
            else if (i + 1 < html.Length && char.IsAsciiLetter(html[i + 1]))
            {
                var nameEnd = i + 1;
                while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
                {
                    nameEnd++;
                }

                var name = html[(i + 1)..nameEnd];
                var tagEnd = html.IndexOf('>', nameEnd);
                var selfClosing = tagEnd > 0 && html[tagEnd - 1] == '/';
                i = tagEnd < 0 ? html.Length : tagEnd + 1;
                if (RawText.Contains(name))
                {
                    i = SkipPast(html, i, "</" + name);
                }
                else if (!selfClosing && !Uncounted.Contains(name))
                {
                    deepest = Math.Max(deepest, ++depth);
                }
            }
            else
            {
                i++;
            }
        }

        return deepest;
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
