using System.Collections.Frozen;

namespace SlmAssistant.Answering.Extractive;

/// <summary>Content words of a text, lower-cased and lightly stemmed, for lexical overlap scores.</summary>
public static class QueryTerms
{
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "from", "by", "with", "about",
        "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had", "can", "could",
        "will", "would", "should", "may", "might", "must", "shall", "i", "me", "my", "we", "our", "you", "your", "it",
        "its", "they", "them", "their", "he", "she", "his", "her", "this", "that", "these", "those", "what", "which",
        "who", "whom", "when", "where", "why", "how", "there", "here", "so", "than", "then", "too", "very", "just",
        "any", "some", "all", "not", "no", "yes", "as", "into", "up", "out", "get", "got", "need", "want", "know",
        "please", "hi", "hello", "thanks", "much", "many", "also", "still", "im", "ive", "dont", "cant",
    ]);

    public static HashSet<string> Of(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '$' || text[i] == '%');
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                if (!StopWords.Contains(word))
                {
                    terms.Add(Stem(word));
                }

                start = -1;
            }
        }

        return terms;
    }

    /// <summary>Share of <paramref name="query"/> terms found in <paramref name="candidate"/> (0..1).</summary>
    public static double Overlap(IReadOnlySet<string> query, IReadOnlySet<string> candidate) =>
        query.Count == 0 ? 0 : query.Count(candidate.Contains) / (double)query.Count;

    private static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}
