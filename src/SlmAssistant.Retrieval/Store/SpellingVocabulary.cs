using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SlmAssistant.Retrieval.Store;

/// <summary>
/// The words of the indexed knowledge with how often they occur, to correct a customer's misspelling to the word the
/// documents use ("reciept" → "receipt", "perscription" → "prescription"). A word is corrected only when the knowledge
/// does not contain it, is at least <see cref="MinLength"/> letters long, and a known word lies within one edit
/// (two for words of ten letters or more) with the same first letter; of several, the most frequent wins. Edits count transpositions as one.
/// </summary>
internal sealed class SpellingVocabulary
{
    public const int MinLength = 4;
    private const int LongWord = 10;
    private const int SubstitutionLength = 8;

    private readonly FrozenDictionary<string, int> _counts;
    private readonly ILookup<int, KeyValuePair<string, int>> _byLength;

    private readonly FrozenDictionary<string, FrozenSet<string>> _byDomain;

    /// <param name="texts">Each chunk's text with its domain.</param>
    public SpellingVocabulary(long generation, IEnumerable<(string Domain, string Text)> texts)
    {
        Generation = generation;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var domains = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (domain, text) in texts)
        {
            if (!domains.TryGetValue(domain, out var words))
            {
                domains[domain] = words = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var word in Words(text))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
                words.Add(word);
            }
        }

        _counts = counts.ToFrozenDictionary(StringComparer.Ordinal);
        _byDomain = domains.ToFrozenDictionary(d => d.Key, d => d.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _byLength = _counts.Where(p => p.Key.Length >= MinLength - 1).ToLookup(p => p.Key.Length);
    }

    public long Generation { get; }

    public int Count => _counts.Count;

    public bool Contains(string word) => _counts.ContainsKey(word.ToLowerInvariant());

    /// <summary>The words of one domain's documents (every domain's when null).</summary>
    public IReadOnlyCollection<string> WordsOf(string? domain) =>
        domain is null ? _counts.Keys : _byDomain.TryGetValue(domain, out var words) ? words : [];

    /// <summary>The known word <paramref name="word"/> most likely stands for; null when it is known or nothing is close.</summary>
    public string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (lower.Length < MinLength || !lower.All(char.IsLetter) || _counts.ContainsKey(lower))
        {
            return null;
        }

        var budget = lower.Length >= LongWord ? 2 : 1;
        string? best = null;
        var bestScore = (Distance: int.MaxValue, Count: 0);
        for (var length = lower.Length - budget; length <= lower.Length + budget; length++)
        {
            foreach (var (candidate, count) in _byLength[length])
            {
                // Typing slips seldom hit the first letter; "dental" is not "rental".
                if (candidate[0] != lower[0])
                {
                    continue;
                }

                var distance = Distance(lower, candidate, budget);

                // One changed letter turns short words into other real ones ("dental" → "denial"): only long words
                // are corrected that way; a swapped, missing or extra letter is a slip at any length.
                if (distance == 1 && lower.Length < SubstitutionLength && candidate.Length == lower.Length && !IsTransposition(lower, candidate))
                {
                    continue;
                }

                if (distance <= budget && (distance < bestScore.Distance || (distance == bestScore.Distance && count > bestScore.Count)))
                {
                    (best, bestScore) = (candidate, (distance, count));
                }
            }
        }

        return best;
    }

    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
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

    private static bool IsTransposition(string a, string b)
    {
        var first = Enumerable.Range(0, a.Length).FirstOrDefault(i => a[i] != b[i], -1);
        return first >= 0 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
            && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2));
    }

    // Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring), cut off early once
    // every path exceeds the budget.
    private static int Distance(string a, string b, int budget)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > budget)
            {
                return budget + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
