using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Grounded;

/// <summary>The retrieved chunks as the model sees them: <c>[n] Title &gt; Section (page p): text</c>, one per paragraph.</summary>
public static partial class NumberedSources
{
    public static string Format(IReadOnlyList<SearchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var text = new StringBuilder();
        for (var i = 0; i < hits.Count; i++)
        {
            if (i > 0)
            {
                text.Append("\n\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"[{i + 1}] {Label(hits[i].Citation)}: {Whitespace().Replace(hits[i].Chunk.Text, " ").Trim()}");
        }

        return text.ToString();
    }

    public static string Label(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var label = citation.Section is null ? citation.Title : $"{citation.Title} > {citation.Section}";
        return citation.Page is int page ? string.Create(CultureInfo.InvariantCulture, $"{label} (page {page})") : label;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
