using System.Net.Http.Json;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Conversations;
using SlmAssistant.Admin.Features.Analytics;
using SlmAssistant.Admin.Features.Conversations;
using SlmAssistant.Admin.Tests.Support;

namespace SlmAssistant.Admin.Tests.Analytics;

public sealed class ActivityReaderTests : AdminAppTest
{
    [Fact]
    public async Task WithoutLedgerOrTranscriptsThePagesSayNoDataYet()
    {
        using var session = await App.SignInAsync();
        using var api = App.CreateApiClient();

        var analytics = await api.GetFromJsonAsync<AnalyticsSnapshot>("/admin/api/analytics", AdminApi.Json);
        var conversations = await api.GetFromJsonAsync<List<ConversationSummary>>("/admin/api/conversations", AdminApi.Json);

        Assert.False(analytics!.HasLedger);
        Assert.False(analytics.HasConversations);
        Assert.Empty(conversations!);
        Assert.Contains("No data yet", await session.GetStringAsync("/admin/analytics"));
        Assert.Contains("No data yet", await session.GetStringAsync("/admin/conversations"));
    }

    [Fact]
    public async Task LedgerAndTheBotsAnswersGiveVolumesSharesSavingsAndTheQuestionsToFix()
    {
        // Last 7 days of the seed: 72 ledger turns, 18 of them cloud and 3 handed off (on this machine: every turn but the
        // cloud's, the ledger's one rule); each priced 207 micro-dollars in the cloud.
        await BotActivity.SeedAsync(App.DataDirectory, DateTimeOffset.UtcNow);
        using var api = App.CreateApiClient();

        var snapshot = await api.GetFromJsonAsync<AnalyticsSnapshot>("/admin/api/analytics?days=7", AdminApi.Json);

        Assert.True(snapshot!.HasLedger);
        Assert.True(snapshot.HasConversations);
        Assert.Equal(7, snapshot.PerDay.Count);
        Assert.Equal((72, 54, 18), (snapshot.TotalQuestions, snapshot.LocalQuestions, snapshot.EscalatedQuestions));
        Assert.Equal([new RouteCount("local", 51), new RouteCount("cloud", 18), new RouteCount("handoff", 3)], snapshot.Routes);
        Assert.Equal(0.003726m, snapshot.CostUsd);
        Assert.Equal(0.014904m, snapshot.AllCloudCostUsd);
        Assert.Equal(0.011178m, snapshot.SavedUsd);
        Assert.Equal(new QuestionCount("Can I bring my dog on a kayak?", 2), Assert.Single(snapshot.TopUnanswered));
        Assert.Equal(new QuestionCount("Can I bring my dog on a kayak?", 1), Assert.Single(snapshot.TopDisliked));
    }

    [Fact]
    public async Task WithoutALedgerTheVolumesSayNoDataWhileTheQuestionsToFixComeFromTheTranscripts()
    {
        var today = DateTimeOffset.UtcNow;
        var bot = new BotActivity(App.DataDirectory, today);
        await bot.TurnAsync("a", today.AddDays(-1), "Where is my order?", "It ships tomorrow.", found: true);
        await bot.TurnAsync("a", today.AddDays(-1), "Can I change the address?", "Let me find someone.", found: false, route: Route.Handoff);
        await bot.TurnAsync("b", today, "Where is my order?", "It ships today.", found: true, reaction: "dislike");
        using var api = App.CreateApiClient();

        var snapshot = await api.GetFromJsonAsync<AnalyticsSnapshot>("/admin/api/analytics?days=3", AdminApi.Json);

        Assert.False(snapshot!.HasLedger);
        Assert.True(snapshot.HasConversations);
        Assert.Equal([0, 0, 0], snapshot.PerDay.Select(d => d.Total));
        Assert.Equal(0m, snapshot.SavedUsd);
        Assert.Equal(new QuestionCount("Can I change the address?", 1), Assert.Single(snapshot.TopUnanswered));
        Assert.Equal(new QuestionCount("Where is my order?", 1), Assert.Single(snapshot.TopDisliked));
    }
}
