using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Scope.OutOfScope;

/// <summary>
/// Which words the exemplars use, overall and per label, weighted by inverse document frequency: how much of an
/// input's wording (a word unseen anywhere weighs most) its predicted label's exemplars, or any exemplar, cover. A
/// question about something no intent mentions ("penicillin") is covered poorly even when its embedding lands near
/// an intent. Labels are those of the <see cref="ScopeClassifier"/> it goes with.
/// </summary>
public sealed class LexicalCoverage
{
    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, HashSet<string>> _labelWords;
    private readonly double _unseenIdf;

    private LexicalCoverage(Dictionary<string, double> idf, Dictionary<string, HashSet<string>> labelWords, double unseenIdf)
    {
        _idf = idf;
        _labelWords = labelWords;
        _unseenIdf = unseenIdf;
    }

    public static LexicalCoverage Build(IReadOnlyList<string> texts, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, texts.Count);
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var labelWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            var words = Words(texts[i]).ToHashSet(StringComparer.Ordinal);
            if (!labelWords.TryGetValue(labels[i], out var own))
            {
                labelWords[labels[i]] = own = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var word in words)
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
                own.Add(word);
            }
        }

        var n = texts.Count;
        var idf = documentFrequency.ToDictionary(p => p.Key, p => Math.Log((n + 1.0) / (p.Value + 1.0)) + 1, StringComparer.Ordinal);
        return new LexicalCoverage(idf, labelWords, Math.Log(n + 1.0) + 1);
    }

    /// <summary>IDF-weighted shares of the input's words that the label's exemplars, and any exemplar, use (1 for no words).</summary>
    public (float Label, float Any) Coverage(string text, string label)
    {
        ArgumentNullException.ThrowIfNull(text);
        var own = _labelWords.GetValueOrDefault(label);
        double total = 0, byLabel = 0, byAny = 0;
        foreach (var word in Words(text).Distinct(StringComparer.Ordinal))
        {
            var known = _idf.TryGetValue(word, out var weight);
            weight = known ? weight : _unseenIdf;
            total += weight;
            byAny += known ? weight : 0;
            byLabel += own is not null && own.Contains(word) ? weight : 0;
        }

        return total == 0 ? (1, 1) : ((float)(byLabel / total), (float)(byAny / total));
    }

    /// <summary>Lower-cased runs of letters, digits and apostrophes.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
