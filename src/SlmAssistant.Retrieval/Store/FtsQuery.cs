using System.Globalization;
using System.Text;

namespace SlmAssistant.Retrieval.Store;

/// <summary>
/// Turns what a user typed into a safe FTS5 query: words only (letters and digits, so no FTS5 syntax such as quotes,
/// <c>*</c>, <c>-</c>, <c>^</c>, <c>:</c>, parentheses or NEAR survives), stopwords dropped, each word quoted, all ORed.
/// BM25 then rewards chunks that match more and rarer words. Nothing left means no keyword search at all.
/// </summary>
public static class FtsQuery
{
    /// <summary>More words than this add little but cost a posting-list scan each.</summary>
    public const int MaxTerms = 32;

    public static string FromUserText(string? text) => string.Join(" OR ", Terms(text).Select(term => $"\"{term}\""));

    /// <summary>The searchable words of <paramref name="text"/>: lower-case, stopwords and repeats dropped, at most <see cref="MaxTerms"/>.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        foreach (var word in Words(text))
        {
            if (!EnglishStopwords.Contains(word) && !terms.Contains(word))
            {
                terms.Add(word);
                if (terms.Count == MaxTerms)
                {
                    break;
                }
            }
        }

        return terms;
    }

    /// <summary>An exact value (a domain) as one quoted FTS5 phrase; null when it has no word to match.</summary>
    public static string? Phrase(string? value) =>
        value is null || !Words(value).Any() ? null : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
