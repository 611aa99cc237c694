using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Ledger;
using SlmAssistant.Routing.Ledger;

namespace SlmAssistant.Routing.Tests.Ledger;

public sealed class LedgerStatsTests
{
    [Fact]
    public async Task StatsCountRoutesAndAddUpSpendAllCloudSpendAndSavingsPerDay()
    {
        await using var harness = LedgerHarness.Create();
        var ledger = harness.Ledger;

        // Day 1: two local answers with known usage, one cloud answer, one safety reply.
        await ledger.RecordAsync(Turn(Route.Local, AnswerMode.Slm, new TokenUsage(1_000, 200), 100));
        await ledger.RecordAsync(Turn(Route.Local, AnswerMode.Slm, new TokenUsage(1_000, 200), 300));
        await ledger.RecordAsync(Turn(Route.Cloud, AnswerMode.Cloud, new TokenUsage(400, 100), 1_200));
        await ledger.RecordAsync(Turn(Route.Safety, AnswerMode.Fixed, new TokenUsage(0, 0), 0));

        // Day 2: a handoff, a smalltalk reply and another cloud answer.
        harness.Clock.Now = harness.Clock.Now.AddDays(1);
        await ledger.RecordAsync(Turn(Route.Handoff, AnswerMode.Fixed, new TokenUsage(0, 0), 0));
        await ledger.RecordAsync(Turn(Route.Smalltalk, AnswerMode.Fixed, new TokenUsage(0, 0), 0));
        await ledger.RecordAsync(Turn(Route.Cloud, AnswerMode.Cloud, new TokenUsage(800, 300), 2_000));

        var stats = await ledger.GetStatsAsync();

        Assert.Equal((7, 2, 2, 1, 1, 1), (stats.Total, stats.Local, stats.Cloud, stats.Safety, stats.Handoff, stats.Smalltalk));
        Assert.Equal(3_200, stats.InputTokens);
        Assert.Equal(800, stats.OutputTokens);

        // Cloud spend at 2.50 / 10.00 per million: (400 × 2.5 + 100 × 10) / 1M + (800 × 2.5 + 300 × 10) / 1M.
        Assert.Equal(0.002m + 0.005m, stats.Spend);

        // All-cloud: every token at the reference prices (2.50 / 10.00 here): local 2 × 0.0045, plus the cloud turns.
        Assert.Equal(0.009m + 0.007m, stats.AllCloudSpend);
        Assert.Equal(0.009m, stats.Savings);
        Assert.Equal(5.0 / 7, stats.LocalShare, 6);
        Assert.Equal(3_600.0 / 7, stats.AverageLatencyMs, 6);

        Assert.Collection(
            stats.Days,
            day1 =>
            {
                Assert.Equal(new DateOnly(2026, 3, 14), day1.Day);
                Assert.Equal((4, 2, 1, 1), (day1.Total, day1.Local, day1.Cloud, day1.Safety));
                Assert.Equal(0.002m, day1.Spend);
                Assert.Equal(0.011m, day1.AllCloudSpend);
                Assert.Equal(0.009m, day1.Savings);
            },
            day2 =>
            {
                Assert.Equal(new DateOnly(2026, 3, 15), day2.Day);
                Assert.Equal((3, 0, 1, 1, 1), (day2.Total, day2.Local, day2.Cloud, day2.Handoff, day2.Smalltalk));
                Assert.Equal(0.005m, day2.Spend);
                Assert.Equal(0.005m, day2.AllCloudSpend);
                Assert.Equal(0m, day2.Savings);
            });
    }

    [Fact]
    public async Task StatsSinceATimeLeaveOutOlderTurns()
    {
        await using var harness = LedgerHarness.Create();
        await harness.Ledger.RecordAsync(Turn(Route.Cloud, AnswerMode.Cloud, new TokenUsage(400, 100), 10));
        harness.Clock.Now = harness.Clock.Now.AddDays(2);
        var since = harness.Clock.Now;
        await harness.Ledger.RecordAsync(Turn(Route.Local, AnswerMode.Slm, new TokenUsage(1_000, 200), 10));

        var stats = await harness.Ledger.GetStatsAsync(since);

        Assert.Equal((1, 1, 0), (stats.Total, stats.Local, stats.Cloud));
        Assert.Equal(0m, stats.Spend);
        Assert.Single(stats.Days);
    }

    [Fact]
    public async Task AnEmptyLedgerHasZeroStats()
    {
        await using var harness = LedgerHarness.Create();

        var stats = await harness.Ledger.GetStatsAsync();

        Assert.Equal(0, stats.Total);
        Assert.Equal(0m, stats.Savings);
        Assert.Equal(0, stats.LocalShare);
        Assert.Empty(stats.Days);
    }

    [Fact]
    public async Task ConcurrentWritersAllLand()
    {
        await using var harness = LedgerHarness.Create();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            harness.Ledger.RecordAsync(i % 2 == 0
                ? Turn(Route.Local, AnswerMode.Slm, new TokenUsage(100, 10), 5)
                : Turn(Route.Cloud, AnswerMode.Cloud, new TokenUsage(100, 10), 5))))
            .WaitAsync(TimeSpan.FromSeconds(30));

        var stats = await harness.Ledger.GetStatsAsync();
        Assert.Equal((40, 20, 20), (stats.Total, stats.Local, stats.Cloud));
    }

    private static LedgerTurn Turn(Route route, AnswerMode mode, TokenUsage usage, int latencyMs) =>
        new("question", "answer", route, mode, Domain: null, usage, TimeSpan.FromMilliseconds(latencyMs));
}
