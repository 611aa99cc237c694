using System.Net.Http.Json;
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
    public async Task LedgerAndTranscriptsGiveVolumesSharesSavingsAndTheQuestionsToFix()
    {
        await ActivitySeeder.SeedAsync(Path.Combine(App.DataDirectory, "knowledge.db"), DateTimeOffset.UtcNow);
        using var api = App.CreateApiClient();

        var snapshot = await api.GetFromJsonAsync<AnalyticsSnapshot>("/admin/api/analytics?days=7", AdminApi.Json);
        var disliked = await api.GetFromJsonAsync<List<ConversationSummary>>("/admin/api/conversations?feedback=dislike", AdminApi.Json);
        var transcript = await api.GetFromJsonAsync<ConversationTranscript>("/admin/api/conversations/c2", AdminApi.Json);

        Assert.True(snapshot!.HasLedger);
        Assert.Equal(7, snapshot.PerDay.Count);
        Assert.Equal(snapshot.TotalQuestions, snapshot.Routes.Sum(r => r.Count));
        Assert.InRange(snapshot.LocalShare, 0.5, 0.95);
        Assert.True(snapshot.SavedUsd > 0 && snapshot.SavedUsd < snapshot.AllCloudCostUsd);
        Assert.Equal(new QuestionCount("Can I bring my dog on a kayak?", 2), Assert.Single(snapshot.TopUnanswered));
        Assert.Equal("Can I bring my dog on a kayak?", Assert.Single(snapshot.TopDisliked).Question);
        Assert.Equal("c2", Assert.Single(disliked!).Id);
        Assert.Equal(["user", "assistant"], transcript!.Messages.Select(m => m.Role));
        Assert.Equal("dislike", transcript.Messages[1].Feedback);
        Assert.False(transcript.Messages[1].Found);
    }
}
