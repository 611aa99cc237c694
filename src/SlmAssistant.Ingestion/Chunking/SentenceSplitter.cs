using System.Text.RegularExpressions;

namespace SlmAssistant.Ingestion.Chunking;

/// <summary>
/// Splits text into sentences at ., ! or ? followed by space and a capital, digit or opening quote, except after common
/// abbreviations and initials. Lines of preformatted text are split first: their breaks are kept.
/// </summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "cf", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "fig", "figs", "approx", "inc", "ltd",
        "co", "corp", "dept", "est", "jr", "sr", "vol", "p", "pp", "art", "sec", "ch", "ref", "z.b", "bzw", "ca", "min", "max",
        "a.m", "p.m", "u.s", "ave", "blvd",
    };

    /// <summary>Sentences with the separator that preceded each ("" for the first).</summary>
    public static IEnumerable<(string Sentence, string Joiner)> Split(string text)
    {
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var first = true;
            foreach (var sentence in SplitLine(lines[l]))
            {
                yield return (sentence, first ? (l == 0 ? string.Empty : "\n") : " ");
                first = false;
            }
        }
    }

    private static IEnumerable<string> SplitLine(string line)
    {
        var start = 0;
        foreach (Match match in Boundary().Matches(line))
        {
            var end = match.Index + match.Length;
            if (end >= line.Length || IsAbbreviation(line, match.Index))
            {
                continue;
            }

            var sentence = line[start..end].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = end;
        }

        var rest = line[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static bool IsAbbreviation(string line, int punctuation)
    {
        if (line[punctuation] != '.')
        {
            return false;
        }

        var wordStart = punctuation;
        while (wordStart > 0 && !char.IsWhiteSpace(line[wordStart - 1]) && line[wordStart - 1] is not ('(' or '"' or '\''))
        {
            wordStart--;
        }

        var word = line[wordStart..punctuation];
        return (word.Length == 1 && char.IsLetter(word[0])) || Abbreviations.Contains(word);
    }

    // Sentence punctuation, optional closing quotes/brackets, whitespace, then something that can start a sentence.
    [GeneratedRegex(@"[.!?\u2026]+[""'\u2019\u201D)\]]*\s+(?=[""'\u2018\u201C(\[]?[\p{Lu}\p{N}])")]
    private static partial Regex Boundary();
}
