using System.Text.RegularExpressions;

namespace SlmAssistant.Answering.Extractive;

/// <summary>Splits prose into sentences at terminal punctuation followed by a capital, digit or quote, not after common abbreviations.</summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "inc", "no", "approx", "a.m", "p.m", "u.s",
    };

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            var end = boundary.Index + 1;
            var candidate = text[start..end];
            if (EndsWithAbbreviation(candidate))
            {
                continue;
            }

            Add(sentences, candidate);
            start = boundary.Index + boundary.Length;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var trimmed = candidate.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    private static bool EndsWithAbbreviation(string candidate)
    {
        var trimmed = candidate.TrimEnd('.', ' ');
        var lastSpace = trimmed.LastIndexOf(' ');
        var lastWord = lastSpace < 0 ? trimmed : trimmed[(lastSpace + 1)..];
        return Abbreviations.Contains(lastWord.Trim('(', '"'));
    }

    [GeneratedRegex(@"[.!?](?=[""')\]]?\s+[""'(\[]?[A-Z0-9])|\n\s*\n|(?<=[:;])\s*\n", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
