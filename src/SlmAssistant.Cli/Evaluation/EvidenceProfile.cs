using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Cli.Evaluation;

/// <summary>Distribution of the best chunk's cosine similarity per question category: what evidence thresholds rest on.</summary>
public sealed record EvidenceProfile(string Category, int Count, double P10, double P50, double P90)
{
    public static async Task<IReadOnlyList<EvidenceProfile>> MeasureAsync(
        IKnowledgeSearch search, IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        var byCategory = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var question in questions.Where(q => q.Category is not null && q.Question is not null))
        {
            var hits = await search.SearchAsync(new SearchRequest(question.Question!, 5), cancellationToken);
            var best = hits.Count == 0 ? 0 : hits.Max(h => h.VectorScore ?? 0);
            (byCategory.TryGetValue(question.Category!, out var list) ? list : byCategory[question.Category!] = []).Add(best);
        }

        return byCategory
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new EvidenceProfile(kv.Key, kv.Value.Count, Percentile(kv.Value, 0.1), Percentile(kv.Value, 0.5), Percentile(kv.Value, 0.9)))
            .ToList();
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return Math.Round(sorted[(int)Math.Clamp(Math.Floor(p * (sorted.Count - 1)), 0, sorted.Count - 1)], 4);
    }
}
