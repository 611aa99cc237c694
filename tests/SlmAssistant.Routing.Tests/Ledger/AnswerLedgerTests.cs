using System.Text;
using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Ledger;
using SlmAssistant.Routing.Ledger;

namespace SlmAssistant.Routing.Tests.Ledger;

public sealed class AnswerLedgerTests
{
    [Fact]
    public async Task TheLedgerLivesInKnowledgeDbInItsOwnWalModeTable()
    {
        await using var harness = LedgerHarness.Create();

        await harness.Ledger.RecordAsync(Turn(Route.Local, AnswerMode.Extractive));

        var path = harness.Data.Combine("data", "knowledge.db");
        Assert.True(File.Exists(path));
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT COUNT(*) FROM answer_ledger;";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task ACloudTurnCostsItsTokensAtTheConfiguredPrices()
    {
        await using var harness = LedgerHarness.Create();

        var entry = await harness.Ledger.RecordAsync(
            Turn(Route.Cloud, AnswerMode.Cloud, usage: new TokenUsage(1_000, 500), latency: TimeSpan.FromMilliseconds(1234.4)));

        // 1,000 × 2.50 / 1M + 500 × 10.00 / 1M = 0.0025 + 0.005
        Assert.Equal(0.0075m, entry.Cost);
        Assert.Equal(0.0075m, entry.AllCloudCost);
        Assert.False(entry.TokensEstimated);
        Assert.Equal(1234, entry.LatencyMs);
    }

    [Fact]
    public async Task ALocalTurnCostsNothingAndItsAllCloudCostIsEstimatedFromCharacters()
    {
        await using var harness = LedgerHarness.Create();

        var entry = await harness.Ledger.RecordAsync(Turn(Route.Local, AnswerMode.Extractive, question: new string('q', 40), answer: new string('a', 401)));

        Assert.Equal(0m, entry.Cost);
        Assert.True(entry.TokensEstimated);
        Assert.Equal(new TokenUsage(10, 101), entry.Usage);
        Assert.Equal(((10 * 2.50m) + (101 * 10.00m)) / 1_000_000m, entry.AllCloudCost);
    }

    [Fact]
    public async Task ThePromptOverheadIsAddedToEstimatedInput()
    {
        await using var harness = LedgerHarness.Create(settings => settings["Ledger:EstimatedPromptOverheadTokens"] = "600");

        var entry = await harness.Ledger.RecordAsync(Turn(Route.Local, AnswerMode.Extractive, question: new string('q', 40)));

        Assert.Equal(610, entry.Usage.InputTokens);
    }

    [Fact]
    public async Task AKnownLocalUsageIsUsedForTheAllCloudEstimate()
    {
        await using var harness = LedgerHarness.Create();

        var entry = await harness.Ledger.RecordAsync(Turn(Route.Local, AnswerMode.Slm, usage: new TokenUsage(2_000, 100)));

        Assert.Equal(0m, entry.Cost);
        Assert.False(entry.TokensEstimated);
        Assert.Equal(0.006m, entry.AllCloudCost);
    }

    [Fact]
    public async Task QuestionsAreStoredOnlyAsAHashByDefault()
    {
        await using var harness = LedgerHarness.Create();

        await harness.Ledger.RecordAsync(Turn(Route.Local, AnswerMode.Extractive, question: "  What are your   HOURS? "));
        await harness.Ledger.RecordAsync(Turn(Route.Local, AnswerMode.Extractive, question: "what are your hours?"));

        var entries = await harness.Ledger.GetRecentAsync();
        Assert.All(entries, e => Assert.Null(e.Question));
        Assert.Equal(entries[0].QuestionHash, entries[1].QuestionHash);
        Assert.Matches("^[0-9a-f]{64}$", entries[0].QuestionHash);
        foreach (var (_, bytes) in await harness.ReadDatabaseFilesAsync())
        {
            Assert.DoesNotContain("hours", Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task QuestionsAreStoredWhenStoreQuestionsIsOn()
    {
        await using var harness = LedgerHarness.Create(settings => settings["Ledger:StoreQuestions"] = "true");

        await harness.Ledger.RecordAsync(Turn(Route.Local, AnswerMode.Extractive, question: "What are your hours?"));

        Assert.Equal("What are your hours?", Assert.Single(await harness.Ledger.GetRecentAsync()).Question);
    }

    [Fact]
    public async Task StoredQuestionsAreRedactedSoTheirPersonalDataIsInNoDatabaseFile()
    {
        await using var harness = LedgerHarness.Create(settings => settings["Ledger:StoreQuestions"] = "true");
        string[] secrets = ["4111 1111 1111 1111", "4111111111111111", "alex.morgan@example.com", "415-555-0132", "4155550132"];

        var entry = await harness.Ledger.RecordAsync(Turn(
            Route.Local, AnswerMode.Extractive, question: $"My card {secrets[0]} was charged twice, mail {secrets[2]} or call {secrets[3]}"));

        var stored = Assert.Single(await harness.Ledger.GetRecentAsync()).Question!;
        Assert.Equal(stored, entry.Question);
        Assert.StartsWith("My card [CARD_1] was charged twice", stored, StringComparison.Ordinal);
        Assert.Contains("[EMAIL_1]", stored, StringComparison.Ordinal);
        Assert.Contains("[PHONE_1]", stored, StringComparison.Ordinal);
        foreach (var (file, bytes) in await harness.ReadDatabaseFilesAsync())
        {
            Assert.All(secrets, secret => Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{secret} in {file}"));
        }
    }

    [Fact]
    public async Task AnEntryReadsBackAsItWasRecorded()
    {
        await using var harness = LedgerHarness.Create();

        var recorded = await harness.Ledger.RecordAsync(
            Turn(Route.Cloud, AnswerMode.Cloud, domain: "medical", usage: new TokenUsage(321, 123), latency: TimeSpan.FromMilliseconds(800)));

        Assert.Equal(recorded, Assert.Single(await harness.Ledger.GetRecentAsync()));
    }

    private static LedgerTurn Turn(
        Route route,
        AnswerMode mode,
        string question = "What are your opening hours?",
        string answer = "We are open 8 to 5.",
        string? domain = null,
        TokenUsage? usage = null,
        TimeSpan? latency = null) =>
        new(question, answer, route, mode, domain, usage, latency ?? TimeSpan.FromMilliseconds(50));
}
