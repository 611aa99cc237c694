using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Ledger;
using SlmAssistant.Bot.Conversations;

namespace SlmAssistant.Routing.Tests.Ledger;

/// <summary>Question texts in the ledger are personal data: the conversations' retention and purge clear them, the counts stay.</summary>
public sealed class LedgerQuestionRetentionTests
{
    private const string OldQuestion = "Can I still return the blue kettle?";
    private const string NewQuestion = "Do you deliver on Saturdays?";

    [Fact]
    public async Task TheRetentionJobClearsLedgerQuestionsOlderThanTheRetentionAndKeepsNewerOnes()
    {
        await using var harness = CreateHarness();
        await RecordOldAndNewAsync(harness);

        var purged = await harness.Services.GetRequiredService<ConversationRetention>().ApplyAsync();

        Assert.Equal(1, purged.Questions);
        await AssertOnlyTheNewQuestionIsKeptAsync(harness);
    }

    [Fact]
    public async Task PurgeBeforeADateClearsLedgerQuestionsFromBeforeIt()
    {
        await using var harness = CreateHarness();
        await RecordOldAndNewAsync(harness);

        var purged = await harness.Services.GetRequiredService<ConversationRetention>().PurgeBeforeAsync(harness.Clock.Now.AddDays(-1));

        Assert.Equal(1, purged.Questions);
        await AssertOnlyTheNewQuestionIsKeptAsync(harness);
    }

    [Fact]
    public async Task ClearingQuestionsTwiceClearsNothingTheSecondTime()
    {
        await using var harness = CreateHarness();
        await RecordOldAndNewAsync(harness);

        var first = await harness.Ledger.ClearQuestionsBeforeAsync(harness.Clock.Now);
        var second = await harness.Ledger.ClearQuestionsBeforeAsync(harness.Clock.Now);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
    }

    private static LedgerHarness CreateHarness() => LedgerHarness.Create(
        settings =>
        {
            settings["Ledger:StoreQuestions"] = "true";
            settings["Conversations:RetentionDays"] = "30";
        },
        withConversations: true);

    // One question 31 days ago, one now.
    private static async Task RecordOldAndNewAsync(LedgerHarness harness)
    {
        var now = harness.Clock.Now;
        harness.Clock.Now = now.AddDays(-31);
        await harness.Ledger.RecordAsync(Turn(OldQuestion));
        harness.Clock.Now = now;
        await harness.Ledger.RecordAsync(Turn(NewQuestion));
    }

    private static async Task AssertOnlyTheNewQuestionIsKeptAsync(LedgerHarness harness)
    {
        var entries = await harness.Ledger.GetRecentAsync();
        Assert.Equal(2, entries.Count);
        Assert.Equal(NewQuestion, entries[0].Question);
        Assert.Null(entries[1].Question);
        Assert.False(string.IsNullOrEmpty(entries[1].QuestionHash));
        Assert.Equal(2, (await harness.Ledger.GetStatsAsync()).Total);
        Assert.All(
            await harness.ReadDatabaseFilesAsync(),
            file => Assert.DoesNotContain(OldQuestion, Encoding.UTF8.GetString(file.Bytes), StringComparison.Ordinal));
    }

    private static LedgerTurn Turn(string question) =>
        new(question, "Yes.", Route.Local, AnswerMode.Extractive, null, null, TimeSpan.FromMilliseconds(50));
}
