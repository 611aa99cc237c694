namespace SlmAssistant.Tools.Evaluation.Retrieval;

/// <summary>
/// Ranking metrics as trec_eval (and so BEIR) computes them: <c>ranked</c> is the retrieved ids best first, without
/// duplicates; <c>judgments</c> maps ids to graded relevance, where a grade of 0 or less is not relevant.
/// </summary>
public static class RetrievalMetrics
{
    /// <summary>Normalized discounted cumulative gain with linear gain (the grade) and a log2(rank + 1) discount.</summary>
    public static double NdcgAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgments);
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            dcg += Gain(ranked[i], judgments) / Math.Log2(i + 2);
        }

        var ideal = 0.0;
        var grades = judgments.Values.Where(g => g > 0).OrderByDescending(g => g).Take(k).ToArray();
        for (var i = 0; i < grades.Length; i++)
        {
            ideal += grades[i] / Math.Log2(i + 2);
        }

        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>Share of the relevant ids found in the first <paramref name="k"/>.</summary>
    public static double RecallAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgments);
        var relevant = judgments.Count(p => p.Value > 0);
        if (relevant == 0)
        {
            return 0;
        }

        return ranked.Take(k).Count(id => Gain(id, judgments) > 0) / (double)relevant;
    }

    /// <summary>1 / rank of the first relevant id within the first <paramref name="k"/>, else 0.</summary>
    public static double ReciprocalRankAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgments);
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (Gain(ranked[i], judgments) > 0)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    private static int Gain(string id, IReadOnlyDictionary<string, int> judgments) =>
        judgments.TryGetValue(id, out var grade) && grade > 0 ? grade : 0;
}
