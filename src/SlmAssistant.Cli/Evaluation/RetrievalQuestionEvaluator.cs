using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Cli.Evaluation;

/// <summary>Runs the in-scope questions through the hybrid search and scores where the answering passage ranks.</summary>
public sealed class RetrievalQuestionEvaluator(IKnowledgeSearch search)
{
    private const int Depth = 10;

    public async Task<RetrievalQuestionReport> EvaluateAsync(
        IReadOnlyList<EvalQuestion> questions, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var inScope = questions
            .Where(q => q.Category == EvalQuestion.InScope && q.Question is not null && q.Source is not null && q.Expected is not null)
            .ToList();
        var strictRanks = new List<int?>();
        var lenientRanks = new List<int?>();
        var byDomain = new Dictionary<string, List<bool>>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var question in inScope)
        {
            var hits = await search.SearchAsync(new SearchRequest(question.Question!, Depth), cancellationToken);
            var strict = RankOf(hits, h => IsSource(h, question.Source!) && ContainsFact(h, question.Expected!));
            var lenient = RankOf(hits, h => ContainsFact(h, question.Expected!));
            strictRanks.Add(strict);
            lenientRanks.Add(lenient);
            var domain = question.Domain ?? "(none)";
            (byDomain.TryGetValue(domain, out var list) ? list : byDomain[domain] = []).Add(strict <= 5);
            if (strict is null or > 5)
            {
                misses.Add($"{question.Id}: \"{question.Question}\" (expected \"{question.Expected}\" in {question.Source}; rank {strict?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ">10"})");
            }

            progress?.Report(strictRanks.Count);
        }

        return new RetrievalQuestionReport(
            inScope.Count,
            Recall(strictRanks, 5),
            Mrr(strictRanks),
            Recall(lenientRanks, 5),
            Mrr(lenientRanks),
            byDomain.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value.Count(x => x) / (double)kv.Value.Count, 4), StringComparer.Ordinal),
            misses);
    }

    public static bool ContainsFact(SearchHit hit, string expected) => TextMatch.Contains(hit.Chunk.Text, expected);

    // Either may be the longer path: questions name "knowledge/return-policy/x.md", the store "return-policy/x.md"
    // (its path below the domain folder), and older stores a path from wherever a run started.
    private static bool IsSource(SearchHit hit, string source)
    {
        var stored = hit.Chunk.Source.Replace('\\', '/');
        return string.Equals(stored, source, StringComparison.Ordinal)
            || stored.EndsWith("/" + source, StringComparison.Ordinal)
            || source.EndsWith("/" + stored, StringComparison.Ordinal);
    }

    private static int? RankOf(IReadOnlyList<SearchHit> hits, Func<SearchHit, bool> relevant)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (relevant(hits[i]))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static double Recall(List<int?> ranks, int k) =>
        ranks.Count == 0 ? 0 : Math.Round(ranks.Count(r => r <= k) / (double)ranks.Count, 4);

    private static double Mrr(List<int?> ranks) =>
        ranks.Count == 0 ? 0 : Math.Round(ranks.Sum(r => r is int rank ? 1.0 / rank : 0) / ranks.Count, 4);
}
