using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Tests.DirectLine;

public sealed class DirectLineConversationTests : IAsyncLifetime
{
    private readonly ScriptedAnswerService _answers = new();
    private BotTestHost _host = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await BotTestHost.StartAsync(_answers, new Dictionary<string, string?> { ["Bot:DirectLine:PageSize"] = "2" });
        _client = new DirectLineClient(_host.Client);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StartingAConversationGreetsTheUser()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", BotTestHost.DirectLineSecret);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var conversation = (await response.Content.ReadFromJsonAsync<SlmAssistant.Bot.DirectLine.DirectLineConversation>(ProtocolJson.Options))!;
        Assert.Equal(1800, conversation.ExpiresIn);
        Assert.StartsWith($"ws://{_host.BaseAddress.Authority}/v3/directline/conversations/{conversation.ConversationId}/stream?t=", conversation.StreamUrl, StringComparison.Ordinal);
        var set = await _client.GetActivitiesAsync(conversation.ConversationId, conversation.Token!);
        var welcome = Assert.Single(set.Activities);
        Assert.Equal("1", set.Watermark);
        Assert.Equal($"{conversation.ConversationId}|0000001", welcome.Id);
        Assert.Equal(ActivityTypes.Message, welcome.Type);
        Assert.Equal("bot", welcome.From!.Role);
        Assert.Equal("directline", welcome.ChannelId);
        Assert.NotNull(welcome.Timestamp);
        Assert.NotEmpty(welcome.SuggestedActions!.Actions);
    }

    [Fact]
    public async Task PostedMessageIsAnsweredAndTheWatermarkPagesThroughTheActivities()
    {
        var conversation = await _client.StartAsync(BotTestHost.DirectLineSecret);

        var id = await _client.PostMessageAsync(conversation, "When will I get my refund?");
        await _client.WaitForActivityAsync(conversation.ConversationId, conversation.Token!, a => a.ReplyToId == id && a.Type == ActivityTypes.Message);

        Assert.Equal($"{conversation.ConversationId}|0000002", id);
        var first = await _client.GetActivitiesAsync(conversation.ConversationId, conversation.Token!);
        var second = await _client.GetActivitiesAsync(conversation.ConversationId, conversation.Token!, first.Watermark);
        var last = await _client.GetActivitiesAsync(conversation.ConversationId, conversation.Token!, second.Watermark);
        Assert.Equal(["bot", "user"], first.Activities.Select(a => a.From!.Role));
        Assert.Equal("2", first.Watermark);
        var answer = Assert.Single(second.Activities);
        Assert.Equal(id, answer.ReplyToId);
        Assert.Equal("3", second.Watermark);
        Assert.Empty(last.Activities);
        Assert.Equal("3", last.Watermark);
    }

    [Fact]
    public async Task AnswerCarriesCitationsTheWayWebChatRendersThem()
    {
        var conversation = await _client.StartAsync(BotTestHost.DirectLineSecret);
        var id = await _client.PostMessageAsync(conversation, "When will I get my refund?");

        var answer = await _client.WaitForActivityAsync(conversation.ConversationId, conversation.Token!, a => a.ReplyToId == id);

        Assert.Equal("markdown", answer.TextFormat);
        Assert.EndsWith(
            "[1]: cite:1 \"Returns Policy > Electronics, page 2\"\n[2]: cite:2 \"Refunds \\\"FAQ\\\" > Timing, page 4\"",
            answer.Text,
            StringComparison.Ordinal);
        var message = JsonSerializer.SerializeToElement(answer.Entities!.Single(e => e.Type == "https://schema.org/Message"), ProtocolJson.Options);
        Assert.Equal("https://schema.org", message.GetProperty("@context").GetString());
        Assert.Equal(string.Empty, message.GetProperty("@id").GetString());
        Assert.Equal("Message", message.GetProperty("@type").GetString());
        Assert.Equal("AIGeneratedContent", message.GetProperty("keywords")[0].GetString());
        var citations = message.GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal(2, citations.Count);
        Assert.Equal("Claim", citations[0].GetProperty("@type").GetString());
        Assert.Equal(1, citations[0].GetProperty("position").GetInt32());
        var document = citations[0].GetProperty("appearance");
        Assert.Equal("DigitalDocument", document.GetProperty("@type").GetString());
        Assert.Equal("Returns Policy", document.GetProperty("name").GetString());
        Assert.Equal("Returns Policy > Electronics, page 2", document.GetProperty("abstract").GetString());

        // Web Chat opens a Claim's url instead of its dialog: the dialog holds the quoted passage and the link.
        Assert.All(citations, c => Assert.False(c.GetProperty("appearance").TryGetProperty("url", out _)));
        var dialog = document.GetProperty("text").GetString()!;
        Assert.Contains("> Most items can be returned within 30 days. **Electronics can be returned within 15 days.** Opened software", dialog, StringComparison.Ordinal);
        Assert.DoesNotContain("return-policy/returns.md", dialog, StringComparison.Ordinal);
        Assert.Contains("[More on our help pages](https://www.harborandpine.example/help/returns)", dialog, StringComparison.Ordinal);
        var linked = citations[1].GetProperty("appearance").GetProperty("text").GetString()!;
        Assert.Contains("[Read the whole page](https://harborandpine.example/help/refunds.pdf#page=4)", linked, StringComparison.Ordinal);
        Assert.DoesNotContain("refunds.pdf\"", linked, StringComparison.Ordinal);
        var actions = message.GetProperty("potentialAction").EnumerateArray().Select(a => a.GetProperty("@type").GetString());
        Assert.Equal(["LikeAction", "DislikeAction"], actions);
        Assert.True(answer.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
    }

    [Fact]
    public async Task UserActivityKeepsWhatTheClientSent()
    {
        var conversation = await _client.StartAsync(BotTestHost.DirectLineSecret);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Hi",
            From = new ChannelAccount("r_user", "Ada", "user"),
            ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = "client-1" }),
            Locale = "en-US",
        };

        using var response = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, activity);

        response.EnsureSuccessStatusCode();
        var stored = await _client.WaitForActivityAsync(conversation.ConversationId, conversation.Token!, a => a.From!.Id == "r_user");
        Assert.Equal("client-1", stored.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal("en-US", stored.Locale);
        Assert.Equal("directline", stored.ChannelId);
    }

    [Fact]
    public async Task UnknownConversationIsNotFound()
    {
        using var response = await _client.SendAsync(HttpMethod.Get, "v3/directline/conversations/nope/activities", BotTestHost.DirectLineSecret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MalformedOrOversizedActivityIsRejected()
    {
        var conversation = await _client.StartAsync(BotTestHost.DirectLineSecret);
        var path = $"v3/directline/conversations/{conversation.ConversationId}/activities";

        using var malformed = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };
        malformed.Headers.Authorization = new("Bearer", conversation.Token);
        using var malformedResponse = await _host.Client.SendAsync(malformed);
        using var oversized = await _client.SendAsync(
            HttpMethod.Post, path, conversation.Token, new Activity { Type = ActivityTypes.Message, Text = new string('x', 1_100_000) });

        Assert.Equal(HttpStatusCode.BadRequest, malformedResponse.StatusCode);
        Assert.StartsWith("The body is not a valid activity", (await malformedResponse.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
    }
}
