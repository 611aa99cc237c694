using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Ledger;

namespace SlmAssistant.Routing.Ledger;

/// <summary>One (day, route) group of the ledger, and how groups add up to <see cref="LedgerStats"/>.</summary>
internal sealed record LedgerStatsRow(
    DateOnly Day, Route Route, int Count, long InputTokens, long OutputTokens, long LatencyMs, long CostNanos, long AllCloudNanos)
{
    public static LedgerStats Summarize(IReadOnlyList<LedgerStatsRow> rows)
    {
        var days = rows.GroupBy(r => r.Day).OrderBy(g => g.Key).Select(day => new LedgerDayStats(
            day.Key,
            day.Sum(r => r.Count),
            CountOf(day, Abstractions.Answers.Route.Local),
            CountOf(day, Abstractions.Answers.Route.Cloud),
            CountOf(day, Abstractions.Answers.Route.Safety),
            CountOf(day, Abstractions.Answers.Route.Handoff),
            CountOf(day, Abstractions.Answers.Route.Smalltalk),
            NanoDollars.ToDollars(day.Sum(r => r.CostNanos)),
            NanoDollars.ToDollars(day.Sum(r => r.AllCloudNanos)))).ToList();
        var total = rows.Sum(r => r.Count);
        return new LedgerStats(
            total,
            CountOf(rows, Abstractions.Answers.Route.Local),
            CountOf(rows, Abstractions.Answers.Route.Cloud),
            CountOf(rows, Abstractions.Answers.Route.Safety),
            CountOf(rows, Abstractions.Answers.Route.Handoff),
            CountOf(rows, Abstractions.Answers.Route.Smalltalk),
            rows.Sum(r => r.InputTokens),
            rows.Sum(r => r.OutputTokens),
            NanoDollars.ToDollars(rows.Sum(r => r.CostNanos)),
            NanoDollars.ToDollars(rows.Sum(r => r.AllCloudNanos)),
            total == 0 ? 0 : (double)rows.Sum(r => r.LatencyMs) / total,
            days);
    }

    private static int CountOf(IEnumerable<LedgerStatsRow> rows, Route route) =>
        rows.Where(r => r.Route == route).Sum(r => r.Count);
}
