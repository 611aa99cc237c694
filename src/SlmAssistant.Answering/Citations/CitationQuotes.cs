using System.Text;
using System.Text.RegularExpressions;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Extractive;

namespace SlmAssistant.Answering.Citations;

/// <summary>
/// Finds, for each citation of a composed answer, the source sentences the answer rests on: every answer sentence
/// marked [n] is matched to the sentence of source n that it quotes (extractive answers) or that shares most of its
/// words (a model's paraphrase). The quotes, with a sentence of context either side, are what a customer checks.
/// </summary>
public static partial class CitationQuotes
{
    // A paraphrase must share at least this share of its content words with a source sentence to count as using it.
    private const double MinimumOverlap = 0.34;
    private const int MaxPassageLength = 900;

    public static IReadOnlyList<Citation> Attach(string answer, IReadOnlyList<Citation> citations, IReadOnlyList<SearchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(hits);
        var claims = ClaimsByCitation(answer, citations.Count);
        var attached = new List<Citation>(citations.Count);
        for (var i = 0; i < citations.Count; i++)
        {
            var sources = hits.Where(h => h.Citation.Equals(citations[i])).Select(h => SentenceSplitter.Split(h.Chunk.Text)).ToList();
            var used = new SortedSet<(int Chunk, int Sentence)>();
            foreach (var claim in claims[i])
            {
                if (BestMatch(claim, sources) is { } match)
                {
                    used.Add(match);
                }
            }

            attached.Add(citations[i] with
            {
                Quotes = used.Select(u => sources[u.Chunk][u.Sentence]).ToList(),
                Passage = used.Count == 0 ? null : Passage(sources, used),
            });
        }

        return attached;
    }

    /// <summary>The answer's sentences, without markers, grouped by the citation numbers they carry.</summary>
    private static List<string>[] ClaimsByCitation(string answer, int count)
    {
        var claims = Enumerable.Range(0, count).Select(_ => new List<string>()).ToArray();
        foreach (var sentence in SentenceSplitter.Split(answer))
        {
            var text = Marker().Replace(sentence, string.Empty).Trim();
            foreach (Match marker in Marker().Matches(sentence))
            {
                var n = int.Parse(marker.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                if (n >= 1 && n <= count && text.Length > 0 && !claims[n - 1].Contains(text))
                {
                    claims[n - 1].Add(text);
                }
            }
        }

        return claims;
    }

    private static (int Chunk, int Sentence)? BestMatch(string claim, List<IReadOnlyList<string>> sources)
    {
        var claimKey = Key(claim);
        var claimTerms = QueryTerms.Of(claim);
        (int, int)? best = null;
        var bestScore = MinimumOverlap;
        for (var c = 0; c < sources.Count; c++)
        {
            for (var s = 0; s < sources[c].Count; s++)
            {
                var sentence = sources[c][s];
                var key = Key(sentence);
                var score = key.Contains(claimKey, StringComparison.Ordinal) || (claimKey.Contains(key, StringComparison.Ordinal) && key.Length > 20)
                    ? 2
                    : QueryTerms.Overlap(claimTerms, QueryTerms.Of(sentence));
                if (score > bestScore)
                {
                    (best, bestScore) = ((c, s), score);
                }
            }
        }

        return best;
    }

    // The quotes with their neighbours, in reading order; a gap between groups is marked with an ellipsis.
    private static string Passage(List<IReadOnlyList<string>> sources, SortedSet<(int Chunk, int Sentence)> used)
    {
        var shown = new SortedSet<(int Chunk, int Sentence)>();
        foreach (var (chunk, sentence) in used)
        {
            for (var s = Math.Max(0, sentence - 1); s <= Math.Min(sources[chunk].Count - 1, sentence + 1); s++)
            {
                shown.Add((chunk, s));
            }
        }

        var text = new StringBuilder();
        (int Chunk, int Sentence)? previous = null;
        foreach (var item in shown)
        {
            var sentence = sources[item.Chunk][item.Sentence];
            if (text.Length + sentence.Length > MaxPassageLength && !used.Contains(item))
            {
                continue;
            }

            if (previous is { } p)
            {
                text.Append(p.Chunk == item.Chunk && p.Sentence + 1 == item.Sentence ? " " : " … ");
            }

            text.Append(sentence);
            previous = item;
        }

        return text.ToString();
    }

    // Sentences compare by their letters and digits only: markers, spacing and punctuation aside.
    private static string Key(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    [GeneratedRegex(@"\[(\d{1,4})\]")]
    private static partial Regex Marker();
}
