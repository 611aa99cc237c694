using System.Diagnostics;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Routing;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>
/// Routes every question of a set and reports the product's routing targets (in-scope escalations, out-of-scope
/// sent to the cloud, emergencies sent to safety), per-category results, misses and latency. Evidence comes from
/// <paramref name="evidence"/> when given (the retrieval the pipeline would run), else none. With
/// <paramref name="spelling"/>, a question with typing slips is routed again as corrected, as the assistant does,
/// unless its first reading went to safety or to a person.
/// </summary>
public sealed class RoutingEvaluator(
    IAnswerRouter router, Func<string, CancellationToken, Task<IReadOnlyList<SearchHit>>>? evidence = null, IQuestionSpelling? spelling = null)
{
    public async Task<RoutingEvaluationReport> EvaluateAsync(
        IReadOnlyList<RoutingQuestion> questions,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var results = new List<(RoutingQuestion Question, RouteDecision Decision)>(questions.Count);
        var latencies = new List<double>(questions.Count);
        foreach (var question in questions)
        {
            var hits = evidence is null ? [] : await evidence(question.Question, cancellationToken);
            var clock = Stopwatch.StartNew();
            var decision = await router.RouteAsync(question.Question, hits, cancellationToken);
            if (spelling is not null && decision.Route is not (Route.Safety or Route.Handoff)
                && await spelling.CorrectAsync(question.Question, cancellationToken) is { } corrected)
            {
                var correctedHits = evidence is null ? [] : await evidence(corrected, cancellationToken);
                decision = await router.RouteAsync(corrected, correctedHits, cancellationToken);
            }

            latencies.Add(clock.Elapsed.TotalMilliseconds);
            results.Add((question, decision));
            progress?.Report(results.Count);
        }

        latencies.Sort();
        var categories = results
            .GroupBy(r => r.Question.Category, StringComparer.Ordinal)
            .Select(g => new RoutingCategoryResult(
                g.Key,
                g.Count(),
                g.Count(IsExpected),
                g.GroupBy(r => r.Decision.Route.ToWire(), StringComparer.Ordinal).ToDictionary(r => r.Key, r => r.Count(), StringComparer.Ordinal)))
            .ToList();
        return new RoutingEvaluationReport(
            results.Count,
            Rate(results, _ => true, IsExpected),
            Rate(results, r => r.Question.Category == RoutingQuestion.InScope, r => r.Decision.Route == Route.Cloud),
            Rate(results, r => r.Question.Category == RoutingQuestion.OutOfScope, r => r.Decision.Route == Route.Cloud),
            Rate(results, r => r.Question.Category == RoutingQuestion.Emergency, r => r.Decision.Route == Route.Safety),
            categories,
            results.Where(r => !IsExpected(r))
                .Select(r => new RoutingMiss(r.Question.Id, r.Question.Question, r.Question.Category, r.Question.ExpectedRoute, r.Decision.Route.ToWire(), r.Decision.Reason))
                .ToList(),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            latencies.Count == 0 ? 0 : latencies[^1],
            evidence is not null,
            results.Select(r => new RoutingOutcome(r.Question.Id, r.Question.Category, r.Question.ExpectedRoute, r.Decision.Route.ToWire(), r.Decision.Scores)).ToList());
    }

    private static bool IsExpected((RoutingQuestion Question, RouteDecision Decision) r) =>
        string.Equals(r.Decision.Route.ToWire(), r.Question.ExpectedRoute, StringComparison.Ordinal);

    private static double Rate<T>(IReadOnlyList<T> items, Func<T, bool> among, Func<T, bool> counted)
    {
        var pool = items.Where(among).ToList();
        return pool.Count == 0 ? 0 : pool.Count(counted) / (double)pool.Count;
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
