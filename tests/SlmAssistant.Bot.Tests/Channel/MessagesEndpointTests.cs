using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Handoff;
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
        Assert.Contains("I can help with:\n\n- ", welcome.Text, StringComparison.Ordinal);

        // No domain named: one starter from each domain, no wall of buttons, each short enough for its button.
        var starters = welcome.SuggestedActions!.Actions.Select(a => a.Title!).ToList();
        Assert.Equal(["How do I delete my data?", "How do I refill a prescription?", "Is there a restocking fee?"], starters.Order(StringComparer.Ordinal));
        Assert.All(starters, s => Assert.True(s.Length <= 34, s));
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
    public async Task AnswerThatOffersAPersonIsOneMessageWithYesAndNoButtons()
    {
        _answers.Result = _ => NotFound("medical");

        var reply = Assert.Single(await PostForRepliesAsync(ChannelActivities.Message("Do you sell kayaks?", "conv-handoff")));

        Assert.Contains("patient services team?", reply.Text, StringComparison.Ordinal);
        Assert.Equal([HandoffReply.YesTitle, HandoffReply.NoTitle], reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal(CardAction.ImBackType, a.Type));
    }

    [Fact]
    public async Task InTeamsTheOfferButtonsAreInACard()
    {
        _answers.Result = _ => NotFound("medical");
        var question = ChannelActivities.Message("Do you sell kayaks?", "conv-handoff-teams");
        question.ChannelId = ReplyStyles.TeamsChannelId;

        var reply = Assert.Single(await PostForRepliesAsync(question));

        Assert.Null(reply.SuggestedActions);
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal(ReplyButtons.HeroCardContentType, card.ContentType);
        var buttons = card.Content!.Value.GetProperty("buttons").EnumerateArray().ToList();
        Assert.Equal([HandoffReply.YesTitle, HandoffReply.NoTitle], buttons.Select(b => b.GetProperty("title").GetString()));
        Assert.Equal([CardAction.MessageBackType, CardAction.MessageBackType], buttons.Select(b => b.GetProperty("type").GetString()));
        Assert.Equal([HandoffReply.YesTitle, HandoffReply.NoTitle], buttons.Select(b => b.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task YesToTheOfferStartsTheHandoffWithASummaryForTheTeam()
    {
        _answers.Result = _ => NotFound("return-policy");
        await PostForRepliesAsync(ChannelActivities.Message("Can I return a kayak I bought in Canada?", "conv-yes"));

        var replies = await PostForRepliesAsync(ChannelActivities.Message(HandoffReply.YesTitle, "conv-yes"));

        Assert.Single(_answers.Requests);
        Assert.Equal([ActivityTypes.Message, ActivityTypes.Event], replies.Select(r => r.Type));
        Assert.Contains("I've passed this conversation to our team at Harbor & Pine Outfitters", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("1-800-555-0142", replies[0].Text, StringComparison.Ordinal);
        var handoff = replies[1];
        Assert.Equal(HandoffEvent.Name, handoff.Name);
        var summary = handoff.Value!.Value.GetProperty("summary").GetString()!;
        Assert.Contains("\u201CCan I return a kayak I bought in Canada?\u201D", summary, StringComparison.Ordinal);
        Assert.Contains("could not answer", summary, StringComparison.Ordinal);
        Assert.Equal(HandoffCoordinator.OfferAccepted, handoff.Value!.Value.GetProperty("reason").GetString());
        var transcript = Assert.Single(handoff.Attachments!);
        Assert.Equal(HandoffEvent.TranscriptContentType, transcript.ContentType);
        Assert.Contains(transcript.Content!.Value.GetProperty("activities").EnumerateArray(), a => a.GetProperty("text").GetString() == "Can I return a kayak I bought in Canada?");
        var states = (await _host.Store.GetHandoffsAsync("conv-yes")).Select(h => h.State);
        Assert.Equal([HandoffStates.Accepted], states);
    }

    [Fact]
    public async Task NoToTheOfferCarriesOnAndALaterYesIsAQuestionAgain()
    {
        _answers.Result = _ => NotFound("return-policy");
        await PostForRepliesAsync(ChannelActivities.Message("Can I return a kayak I bought in Canada?", "conv-no"));

        var declined = Assert.Single(await PostForRepliesAsync(ChannelActivities.Message("no thanks", "conv-no")));
        await PostForRepliesAsync(ChannelActivities.Message("yes", "conv-no"));

        Assert.Equal(HandoffCoordinator.DeclinedText, declined.Text);
        Assert.Equal(["Can I return a kayak I bought in Canada?", "yes"], _answers.Requests.Select(r => r.Question));
        Assert.Equal(HandoffStates.Declined, (await _host.Store.GetHandoffsAsync("conv-no"))[0].State);
    }

    [Fact]
    public async Task AnotherQuestionLetsTheOfferLapse()
    {
        _answers.Result = _ => NotFound("return-policy");
        await PostForRepliesAsync(ChannelActivities.Message("Can I return a kayak I bought in Canada?", "conv-lapse"));
        _answers.Result = _ => new AnswerResult("Refunds take 5 to 7 business days.", Route.Local, "return-policy", 0.9, [], AnswerMode.Extractive, Found: true);
        await PostForRepliesAsync(ChannelActivities.Message("When will I get my refund?", "conv-lapse"));

        await PostForRepliesAsync(ChannelActivities.Message("yes", "conv-lapse"));

        Assert.Equal(3, _answers.Requests.Count);
        Assert.Equal([HandoffStates.Offered], (await _host.Store.GetHandoffsAsync("conv-lapse")).Select(h => h.State));
    }

    [Fact]
    public async Task AskingForAPersonStartsTheHandoffInOneMessage()
    {
        _answers.Result = _ => new AnswerResult("Of course. I'll pass this conversation to a member of our team.", Route.Handoff, "return-policy", 1, [], AnswerMode.Fixed, Found: true);

        var replies = await PostForRepliesAsync(ChannelActivities.Message("I want to talk to someone", "conv-handoff-once"));

        Assert.Equal([ActivityTypes.Message, ActivityTypes.Event], replies.Select(r => r.Type));
        Assert.Null(replies[0].SuggestedActions);
        Assert.Equal(HandoffCoordinator.CustomerRequest, replies[1].Value!.Value.GetProperty("reason").GetString());
        Assert.Equal([HandoffStates.Requested], (await _host.Store.GetHandoffsAsync("conv-handoff-once")).Select(h => h.State));
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

    // "I don't know" with the domain's offer of a person, as the answer service gives it.
    private static AnswerResult NotFound(string domain) =>
        new("I don't know the answer to that from our documents. Would you like me to connect you with our patient services team?",
            Route.Local, domain, 0.1, [], AnswerMode.Extractive, Found: false)
        {
            Handoff = new HandoffOffer(domain, "Would you like me to connect you with our patient services team?", null),
        };

    private async Task<IReadOnlyList<Activity>> PostForRepliesAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options))!.Activities;
    }
}
