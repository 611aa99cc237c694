using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.Tests.Channel;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly ScriptedAnswerService _answers = new();
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(_answers);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ExpectRepliesReturnsTheAnswerInTheResponseBody()
    {
        var question = ChannelActivities.Message("How long do I have to return electronics?", "conv-answer");

        var replies = await PostForRepliesAsync(question);

        var answer = Assert.Single(replies);
        Assert.Equal(ActivityTypes.Message, answer.Type);
        Assert.Equal(question.Id, answer.ReplyToId);
        Assert.Equal("bot-1", answer.From!.Id);
        Assert.Equal("bot", answer.From.Role);
        Assert.Equal("user-1", answer.Recipient!.Id);
        Assert.StartsWith("Electronics can be returned within 15 days [1].", answer.Text, StringComparison.Ordinal);
        Assert.Contains("[1]: cite:1 \"Returns Policy > Electronics, page 2\"", answer.Text, StringComparison.Ordinal);
        Assert.Equal(["Is there a restocking fee?", "Can I exchange instead?", "Do I need the receipt?"], answer.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(answer.SuggestedActions.Actions, a => Assert.Equal("imBack", a.Type));
        Assert.True(answer.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
        Assert.Contains(answer.Entities!, e => e.Type == "https://schema.org/Message");
    }

    [Fact]
    public async Task QuestionsGetTheConversationsEarlierMessagesAsHistory()
    {
        await PostForRepliesAsync(ChannelActivities.Message("How long do I have to return electronics?", "conv-history"));

        await PostForRepliesAsync(ChannelActivities.Message("And for clothing?", "conv-history"));

        var second = _answers.Requests.Last();
        Assert.Equal("And for clothing?", second.Question);
        Assert.Equal(2, second.History.Count);
        Assert.Equal(new ConversationTurn(ConversationTurn.User, "How long do I have to return electronics?"), second.History[0]);
        Assert.Equal(ConversationTurn.Assistant, second.History[1].Role);
        Assert.StartsWith("Electronics can be returned", second.History[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdateWithAUserSendsTheWelcomeWithStarterQuestions()
    {
        var update = ChannelActivities.Of(ActivityTypes.ConversationUpdate, "conv-welcome");
        update.MembersAdded = [new ChannelAccount("bot-1", "Assistant"), new ChannelAccount("user-1", "Ada")];

        var welcome = Assert.Single(await PostForRepliesAsync(update));

        Assert.Contains("virtual assistant", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("Returns & refunds (Harbor & Pine Outfitters)", welcome.Text, StringComparison.Ordinal);
        var starters = welcome.SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Equal(9, starters.Count);
        Assert.Contains("How long do I have to return electronics?", starters);
        Assert.Contains("How do I request a prescription refill?", starters);
        Assert.Contains("Can I opt out of arbitration?", starters);
    }

    [Fact]
    public async Task ConversationUpdateForTheBotAloneSendsNothing()
    {
        var update = ChannelActivities.Of(ActivityTypes.ConversationUpdate, "conv-bot-joins");
        update.MembersAdded = [new ChannelAccount("bot-1", "Assistant")];

        Assert.Empty(await PostForRepliesAsync(update));
    }

    [Fact]
    public async Task FeedbackInvokeIsStoredWithTheAnswerItRefersTo()
    {
        var answer = Assert.Single(await PostForRepliesAsync(ChannelActivities.Message("When will I get my refund?", "conv-feedback")));
        var invoke = ChannelActivities.Of(ActivityTypes.Invoke, "conv-feedback", expectReplies: false);
        invoke.Name = "message/submitAction";
        invoke.ReplyToId = answer.Id;
        invoke.Value = JsonSerializer.SerializeToElement(new
        {
            actionName = "feedback",
            actionValue = new { reaction = "dislike", feedback = "{\"feedbackText\":\"Too vague\"}" },
        });

        using var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        var feedback = Assert.Single(await _host.Store.GetFeedbackAsync("conv-feedback"));
        Assert.Equal("dislike", feedback.Reaction);
        Assert.Equal("Too vague", feedback.Comment);
        Assert.Equal(answer.Id, feedback.ActivityId);
        var stored = await _host.Store.FindAnswerAsync("conv-feedback", feedback.AnswerId, null);
        Assert.Equal("When will I get my refund?", stored!.Question);
        Assert.Equal("slm", stored.Mode);
        Assert.Equal(2, stored.Citations.Count);
    }

    [Fact]
    public async Task WebChatFeedbackEventIsStoredWithTheAnswerItsActionNames()
    {
        var answer = Assert.Single(await PostForRepliesAsync(ChannelActivities.Message("When will I get my refund?", "conv-vote")));
        var message = answer.Entities!.Single(e => e.Type == OrgSchemaMessage.EntityType);
        var like = message.Properties["potentialAction"].EnumerateArray().First(a => a.GetProperty("@type").GetString() == "LikeAction");
        var vote = ChannelActivities.Of(ActivityTypes.Event, "conv-vote");
        vote.Name = "webchat:activity-status/feedback";
        vote.Entities = [JsonSerializer.Deserialize<Entity>(like.GetRawText(), ProtocolJson.Options)!];

        Assert.Empty(await PostForRepliesAsync(vote));

        var feedback = Assert.Single(await _host.Store.GetFeedbackAsync("conv-vote"));
        Assert.Equal("like", feedback.Reaction);
        Assert.Equal(answer.Id, feedback.ActivityId);
        Assert.NotNull(feedback.AnswerId);
    }

    [Fact]
    public async Task UnknownActivityTypeIsAcknowledgedAndIgnored()
    {
        var unknown = ChannelActivities.Of("somethingNew", "conv-unknown");

        Assert.Empty(await PostForRepliesAsync(unknown));
        Assert.Empty(_answers.Requests);
    }

    [Fact]
    public async Task EventIsAcknowledged()
    {
        var @event = ChannelActivities.Of(ActivityTypes.Event, "conv-event", expectReplies: false);
        @event.Name = "webchat/join";

        using var response = await PostAsync(@event);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnswerWithoutEvidenceIsFollowedByTheDomainsHandoff()
    {
        _answers.Result = _ => new AnswerResult("I don't know the answer to that from our documents.", Routes.Local, "medical", 0.1, [], AnswerModes.Extractive, Found: false);

        var replies = await PostForRepliesAsync(ChannelActivities.Message("Do you sell kayaks?", "conv-handoff"));

        Assert.Equal(2, replies.Count);
        Assert.Contains("patient services team", replies[1].Text, StringComparison.Ordinal);
        Assert.Contains("(541) 555-0142", replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerThatAlreadyOffersTheHandoffIsNotRepeated()
    {
        var handoff = "Would you like me to connect you with our Customer Care team? You can also call 1-800-555-0142 (weekdays 8 a.m.-8 p.m. ET, weekends 9 a.m.-5 p.m. ET) or email care@harborandpine.example.";
        _answers.Result = _ => new AnswerResult($"I don't know. {handoff}", Routes.Handoff, "return-policy", 0, [], AnswerModes.Fixed, Found: false);

        var replies = await PostForRepliesAsync(ChannelActivities.Message("I want to talk to someone", "conv-handoff-once"));

        Assert.Single(replies);
    }

    [Fact]
    public async Task FailingAnswerServiceGivesAnApology()
    {
        _answers.Failure = new InvalidOperationException("model crashed");

        var reply = Assert.Single(await PostForRepliesAsync(ChannelActivities.Message("Hello?", "conv-failure")));

        Assert.Equal(MessageTurnHandler.ErrorText, reply.Text);
    }

    [Fact]
    public async Task MalformedJsonIsRejectedWithTheReason()
    {
        using var content = new StringContent("{\"type\": \"message\", \"text\": ", Encoding.UTF8, "application/json");

        using var response = await _host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.StartsWith("The body is not a valid activity:", problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityWithoutConversationIsRejected()
    {
        var activity = ChannelActivities.Message("Hi", "x");
        activity.Conversation = null;

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation.id", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyOverOneMegabyteIsRejected()
    {
        var activity = ChannelActivities.Message(new string('a', 1024 * 1024), "conv-large");

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_answers.Requests);
    }

    [Fact]
    public async Task ChunkedBodyOverOneMegabyteIsRejected()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(ChannelActivities.Message(new string('a', 1024 * 1024), "conv-chunked"), ProtocolJson.Options);
        using var content = new StreamContent(new MemoryStream(json));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(Activity activity) =>
        await _host.Client.PostAsJsonAsync(new Uri("api/messages", UriKind.Relative), activity, ProtocolJson.Options);

    private async Task<IReadOnlyList<Activity>> PostForRepliesAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options))!.Activities;
    }
}
