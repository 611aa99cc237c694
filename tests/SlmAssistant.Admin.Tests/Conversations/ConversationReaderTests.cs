using System.Net;
using System.Net.Http.Json;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Conversations;
using SlmAssistant.Admin.Features.Conversations;
using SlmAssistant.Admin.Tests.Support;

namespace SlmAssistant.Admin.Tests.Conversations;

public sealed class ConversationReaderTests : AdminAppTest
{
    [Fact]
    public async Task ConversationsRecordedByTheBotAreListedNewestFirstAndFilteredByFeedback()
    {
        await BotActivity.SeedAsync(App.DataDirectory, DateTimeOffset.UtcNow);
        using var api = App.CreateApiClient();

        var all = (await api.GetFromJsonAsync<List<ConversationSummary>>("/admin/api/conversations", AdminApi.Json))!;
        var disliked = await api.GetFromJsonAsync<List<ConversationSummary>>("/admin/api/conversations?feedback=dislike", AdminApi.Json);
        var liked = await api.GetFromJsonAsync<List<ConversationSummary>>("/admin/api/conversations?feedback=like", AdminApi.Json);
        var unanswered = await api.GetFromJsonAsync<List<ConversationSummary>>("/admin/api/conversations?feedback=unanswered", AdminApi.Json);

        Assert.Equal(["c3", "c2", "c1"], all.Select(c => c.Id));
        var c2 = all[1];
        Assert.Equal("webchat", c2.Channel);
        Assert.Equal(2, c2.MessageCount);
        Assert.Equal("Can I bring my dog on a kayak?", c2.FirstQuestion);
        Assert.Equal((0, 1, 1), (c2.Likes, c2.Dislikes, c2.Unanswered));
        Assert.Equal("c2", Assert.Single(disliked!).Id);
        Assert.Equal("c1", Assert.Single(liked!).Id);
        Assert.Equal(["c3", "c2"], unanswered!.Select(c => c.Id));
    }

    [Fact]
    public async Task TranscriptShowsTheBotsMessagesInOrderWithEachAnswersRouteAndFeedback()
    {
        var bot = new BotActivity(App.DataDirectory, DateTimeOffset.UtcNow);
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        await bot.TurnAsync("teams-1", start, "How long is the Glacier tent warranty?", "Seven years.", found: true, reaction: "like");
        await bot.TurnAsync(
            "teams-1", start.AddMinutes(2), "Can I pay with bitcoin?", "I don't know that from our documents.", found: false,
            reaction: "dislike", comment: "Please find out", route: Route.Cloud, mode: AnswerMode.Cloud, domain: null);
        using var api = App.CreateApiClient();

        var transcript = await api.GetFromJsonAsync<ConversationTranscript>("/admin/api/conversations/teams-1", AdminApi.Json);
        var missing = await api.GetAsync(new Uri("/admin/api/conversations/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var messages = transcript!.Messages;
        Assert.Equal(["user", "assistant", "user", "assistant"], messages.Select(m => m.Role));
        Assert.Equal(["How long is the Glacier tent warranty?", "Seven years.", "Can I pay with bitcoin?", "I don't know that from our documents."], messages.Select(m => m.Text));
        Assert.Equal(messages.Select(m => m.Id).Order(), messages.Select(m => m.Id));
        Assert.Equal(new ConversationMessage(messages[1].Id, messages[1].At, "assistant", "Seven years.", "local", "extractive", "outdoor", true, "like", null), messages[1]);
        Assert.Equal(("cloud", "cloud", (string?)null, (bool?)false), (messages[3].Route, messages[3].Mode, messages[3].Domain, messages[3].Found));
        Assert.Equal(("dislike", "Please find out"), (messages[3].Feedback, messages[3].FeedbackComment));
        Assert.All(messages.Where(m => m.Role == "user"), m => Assert.Null(m.Route ?? m.Feedback));
        Assert.Equal((4, "How long is the Glacier tent warranty?", 1, 1, 1), (transcript.Summary.MessageCount, transcript.Summary.FirstQuestion, transcript.Summary.Likes, transcript.Summary.Dislikes, transcript.Summary.Unanswered));
    }
}
