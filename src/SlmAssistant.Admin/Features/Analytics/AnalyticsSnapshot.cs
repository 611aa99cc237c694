using SlmAssistant.Abstractions.Conversations;

namespace SlmAssistant.Admin.Features.Analytics;

/// <summary>
/// What the analytics page shows for a period. Each part says whether its data exists yet (the cost ledger and the
/// bot's transcripts are written by other features), so the page can say "no data yet" instead of showing zeros.
/// </summary>
/// <param name="CostUsd">What the answers cost (cloud tokens), from the ledger.</param>
/// <param name="AllCloudCostUsd">What the same answers would have cost with every question sent to the cloud model.</param>
public sealed record AnalyticsSnapshot(
    int Days,
    bool HasLedger,
    bool HasConversations,
    IReadOnlyList<DailyQuestions> PerDay,
    IReadOnlyList<RouteCount> Routes,
    decimal CostUsd,
    decimal AllCloudCostUsd,
    IReadOnlyList<QuestionCount> TopUnanswered,
    IReadOnlyList<QuestionCount> TopDisliked)
{
    public int TotalQuestions => PerDay.Sum(d => d.Total);

    public int LocalQuestions => PerDay.Sum(d => d.Local);

    public int EscalatedQuestions => PerDay.Sum(d => d.Escalated);

    public double LocalShare => TotalQuestions == 0 ? 0 : (double)LocalQuestions / TotalQuestions;

    public decimal SavedUsd => AllCloudCostUsd - CostUsd;
}
