using System.Globalization;
using System.Text;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// Writes citations the way Web Chat renders them: the answer keeps its [n] markers and gets reference-style link
/// definitions ("[1]: cite:1 \"Title > Section, page 3\""); Web Chat matches each definition to the citation with the
/// same position in the message's schema.org entity. The dialog a customer opens shows <see cref="Dialog"/>.
/// </summary>
public static class CitationMarkdown
{
    public static string UrlFor(int position) => $"cite:{position.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"Title > Section, page 3": where the cited passage is, as a reader would look it up.</summary>
    public static string Describe(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var text = new StringBuilder(citation.Title);
        if (!string.IsNullOrWhiteSpace(citation.Section) && citation.Section != citation.Title)
        {
            text.Append(" > ").Append(citation.Section);
        }

        if (citation.Page is { } page)
        {
            text.Append(CultureInfo.InvariantCulture, $", page {page}");
        }

        return text.ToString();
    }

    public static string AppendDefinitions(string answer, IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(citations);
        if (citations.Count == 0)
        {
            return answer;
        }

        var text = new StringBuilder(answer.TrimEnd()).Append("\n\n");
        for (var i = 0; i < citations.Count; i++)
        {
            var position = i + 1;
            text.Append(CultureInfo.InvariantCulture, $"[{position}]: {UrlFor(position)} \"{EscapeTitle(Describe(citations[i]))}\"\n");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// The citation dialog: where the passage is, the passage quoted with the sentences the answer used in bold, and a
    /// link to the public page when there is one. Never the store's source path: that is for staff.
    /// </summary>
    /// <param name="ownPage">Whether <paramref name="url"/> is the document's own page, not the domain's help pages.</param>
    public static string Dialog(Citation citation, string? url, bool ownPage)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var text = new StringBuilder().Append("**").Append(Escape(Describe(citation))).Append("**\n\n");
        if (citation.Passage is { Length: > 0 } passage)
        {
            text.Append("> ").Append(Highlight(passage, citation.Quotes)).Append("\n\n");
        }

        if (url is not null)
        {
            text.Append(ownPage ? "[Read the whole page](" : "[More on our help pages](").Append(url.Replace(")", "%29", StringComparison.Ordinal)).Append(')');
        }

        return text.ToString().TrimEnd();
    }

    // The quotes in bold inside the passage; Markdown in the document's own text is escaped so it reads as written.
    private static string Highlight(string passage, IReadOnlyList<string> quotes)
    {
        var text = new StringBuilder();
        var position = 0;
        foreach (var quote in quotes)
        {
            var at = passage.IndexOf(quote, position, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            text.Append(Escape(passage[position..at])).Append("**").Append(Escape(quote)).Append("**");
            position = at + quote.Length;
        }

        return text.Append(Escape(passage[position..])).ToString().ReplaceLineEndings(" ");
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    // A link title ends at an unescaped quote; a backslash escapes the next character.
    private static string EscapeTitle(string title) =>
        title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .ReplaceLineEndings(" ");
}
