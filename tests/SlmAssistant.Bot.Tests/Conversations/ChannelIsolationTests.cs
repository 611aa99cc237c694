using System.Net;
using System.Net.Http.Json;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Tests.Channel;

namespace SlmAssistant.Bot.Tests.Conversations;

/// <summary>
/// Conversations are keyed by the endpoint and channel that created them: knowing another visitor's conversation id
/// must not let /api/messages (open in the shipped default) or Direct Line read or write it.
/// </summary>
public sealed class ChannelIsolationTests : IAsyncLifetime
{
    private readonly ScriptedAnswerService _answers = new();
    private BotTestHost _host = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await BotTestHost.StartAsync(_answers);
        _client = new DirectLineClient(_host.Client);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task DirectLineConversationCannotBeWrittenThroughTheChannelEndpoint()
    {
        var visitor = await _client.StartAsync(BotTestHost.DirectLineSecret);
        var before = await _client.GetActivitiesAsync(visitor.ConversationId, visitor.Token!);
        var intruder = ChannelActivities.Message("What did you tell this visitor?", visitor.ConversationId, channelId: "directline");

        using var response = await _host.Client.PostAsJsonAsync("api/messages", intruder, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("activities", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await _client.GetActivitiesAsync(visitor.ConversationId, visitor.Token!);
        Assert.Equal(before.Activities.Select(a => a.Id), after.Activities.Select(a => a.Id));
    }

    [Fact]
    public async Task ChannelConversationCannotBeReadOrWrittenThroughDirectLine()
    {
        var teams = ChannelActivities.Message("When will I get my refund?", "a:teams-private", channelId: "msteams");
        using (var asked = await _host.Client.PostAsJsonAsync("api/messages", teams, ProtocolJson.Options))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        using var read = await _client.SendAsync(HttpMethod.Get, "v3/directline/conversations/a:teams-private/activities", BotTestHost.DirectLineSecret);
        using var write = await _client.SendAsync(
            HttpMethod.Post,
            "v3/directline/conversations/a:teams-private/activities",
            BotTestHost.DirectLineSecret,
            new Activity { Type = ActivityTypes.Message, Text = "hello", From = new ChannelAccount("user-1") });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(2, (await _host.Store.GetActivitiesAsync("a:teams-private", 0, 10)).Count);
    }

    [Fact]
    public async Task ConversationOfOneChannelCannotBeWrittenFromAnother()
    {
        using (var asked = await _host.Client.PostAsJsonAsync(
            "api/messages", ChannelActivities.Message("When will I get my refund?", "shared-id", channelId: "msteams"), ProtocolJson.Options))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        using var response = await _host.Client.PostAsJsonAsync(
            "api/messages", ChannelActivities.Message("What was asked here?", "shared-id", channelId: "emulator"), ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(2, (await _host.Store.GetActivitiesAsync("shared-id", 0, 10)).Count);
    }
}
