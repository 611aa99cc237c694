using System.Globalization;
using System.Text;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// Writes citations the way Web Chat renders them: the answer keeps its [n] markers and gets reference-style link
/// definitions ("[1]: cite:1 \"Title > Section, page 3\""); Web Chat matches each definition to the citation with the
/// same position in the message's schema.org entity.
/// </summary>
public static class CitationMarkdown
{
    public static string UrlFor(int position) => $"cite:{position.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"Title > Section, page 3": where the cited passage is, as a reader would look it up.</summary>
    public static string Describe(Citation citation)
    {
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

    // A link title ends at an unescaped quote; a backslash escapes the next character.
    private static string EscapeTitle(string title) =>
        title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .ReplaceLineEndings(" ");
}
