using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Conversations;
using SlmAssistant.Abstractions.Ledger;

namespace SlmAssistant.Admin.Features.Analytics;

/// <summary>
/// The analytics page from its owners' ports: volumes, routes, local share and cost from the ledger's one computation
/// (<see cref="IAnswerLedger.GetStatsAsync"/>, the same figures `slm stats` prints), the questions to fix from the
/// bot's conversations.
/// </summary>
public sealed class AnalyticsReader(IAnswerLedger ledger, IConversationHistory conversations, TimeProvider time) : IAnalyticsReader
{
    private const int TopQuestions = 10;

    public async Task<AnalyticsSnapshot> ReadAsync(int days, CancellationToken cancellationToken = default)
    {
        days = Math.Clamp(days, 1, 366);
        var since = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1 - days);
        var hasLedger = (await ledger.GetRecentAsync(1, cancellationToken)).Count > 0;
        var hasConversations = await conversations.HasAnyAsync(cancellationToken);
        var stats = await ledger.GetStatsAsync(new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), cancellationToken);
        IReadOnlyList<QuestionCount> unanswered = [];
        IReadOnlyList<QuestionCount> disliked = [];
        if (hasConversations)
        {
            unanswered = await conversations.TopQuestionsAsync(QuestionOutcome.Unanswered, since, TopQuestions, cancellationToken);
            disliked = await conversations.TopQuestionsAsync(QuestionOutcome.Disliked, since, TopQuestions, cancellationToken);
        }

        return new AnalyticsSnapshot(
            days, hasLedger, hasConversations, PerDay(stats, since, days), Routes(stats), stats.Spend, stats.AllCloudSpend, unanswered, disliked);
    }

    /// <summary>One entry per day of the period, zeros included, so a chart has no gaps.</summary>
    private static List<DailyQuestions> PerDay(LedgerStats stats, DateOnly since, int count)
    {
        var byDay = stats.Days.ToDictionary(d => d.Day);
        return Enumerable.Range(0, count)
            .Select(i => since.AddDays(i))
            .Select(d => byDay.TryGetValue(d, out var day) ? new DailyQuestions(d, day.Total, day.OnMachine, day.Cloud) : new DailyQuestions(d, 0, 0, 0))
            .ToList();
    }

    private static List<RouteCount> Routes(LedgerStats stats) =>
        new[]
        {
            new RouteCount(Abstractions.Answers.Route.Local.ToWire(), stats.Local),
            new RouteCount(Abstractions.Answers.Route.Cloud.ToWire(), stats.Cloud),
            new RouteCount(Abstractions.Answers.Route.Safety.ToWire(), stats.Safety),
            new RouteCount(Abstractions.Answers.Route.Handoff.ToWire(), stats.Handoff),
            new RouteCount(Abstractions.Answers.Route.Smalltalk.ToWire(), stats.Smalltalk),
        }.Where(r => r.Count > 0).OrderByDescending(r => r.Count).ToList();
}
