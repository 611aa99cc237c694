using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using SlmAssistant.Bot.DirectLine;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.Tests.DirectLine;

public sealed class DirectLineWebSocketTests : IAsyncLifetime
{
    private readonly ScriptedAnswerService _answers = new();
    private BotTestHost _host = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await BotTestHost.StartAsync(_answers, new Dictionary<string, string?> { ["Bot:DirectLine:KeepAliveSeconds"] = "1" });
        _client = new DirectLineClient(_host.Client);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StreamReplaysTheConversationThenSendsTheEchoAndTheBotsReply()
    {
        var conversation = await _client.StartAsync(BotTestHost.DirectLineSecret);
        using var socket = await DirectLineClient.ConnectAsync(conversation.StreamUrl!);

        var history = await DirectLineClient.ReceiveAsync(socket);
        var id = await _client.PostMessageAsync(conversation, "When will I get my refund?");
        var seen = await DirectLineClient.ReceiveUntilAsync(socket, a => a.Type == ActivityTypes.Message && a.ReplyToId == id);

        Assert.Equal("1", history!.Watermark);
        Assert.Equal("bot", Assert.Single(history.Activities).From!.Role);
        var echo = seen.First(a => a.Id == id);
        Assert.Equal("When will I get my refund?", echo.Text);
        Assert.StartsWith("Electronics can be returned", seen[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamShowsTheAnswerLivestreamedThenFinal()
    {
        _answers.Deltas = ["Electronics can be returned ", "within 15 days [1]. ", "Refunds take 5 to 7 business days [2]."];
        var conversation = await _client.StartAsync(BotTestHost.DirectLineSecret);
        using var socket = await DirectLineClient.ConnectAsync(conversation.StreamUrl!);
        await DirectLineClient.ReceiveAsync(socket);

        var id = await _client.PostMessageAsync(conversation, "When will I get my refund?");
        var seen = await DirectLineClient.ReceiveUntilAsync(socket, a => a.Type == ActivityTypes.Message && a.ReplyToId == id);

        var typing = seen.Where(a => a.Type == ActivityTypes.Typing).ToList();
        Assert.Equal(3, typing.Count);
        var streamId = typing[0].Id;
        // Direct Line gives the opening activity its own id as stream id: Web Chat groups a livestream by it.
        Assert.Equal(("informative", streamId, 1), StreamFields(typing[0]));
        Assert.Equal(("streaming", streamId, 2), StreamFields(typing[1]));
        Assert.Equal("Electronics can be returned within 15 days [1]. ", typing[1].Text);
        Assert.Equal(("streaming", streamId, 3), StreamFields(typing[2]));
        Assert.Equal("Electronics can be returned within 15 days [1]. Refunds take 5 to 7 business days [2].", typing[2].Text);
        Assert.All(typing, t => Assert.Equal("bot", t.From!.Role));

        var entity = typing[1].Entities!.Single(e => e.Type == StreamInfo.EntityType);
        Assert.Equal("streaming", entity.GetString("streamType"));
        Assert.Equal(streamId, entity.GetString("streamId"));
        Assert.Equal(2, entity.Properties["streamSequence"].GetInt32());

        var final = seen[^1];
        Assert.Equal("final", final.ChannelData!.Value.GetProperty("streamType").GetString());
        Assert.Equal(streamId, final.ChannelData!.Value.GetProperty("streamId").GetString());
        Assert.False(final.ChannelData!.Value.TryGetProperty("streamSequence", out _));
        var finalEntity = final.Entities!.Single(e => e.Type == StreamInfo.EntityType);
        Assert.Equal(("final", streamId), (finalEntity.GetString("streamType"), finalEntity.GetString("streamId")));

        // Interim activities are not part of the transcript: a reloaded page shows the answer, not its typing.
        var transcript = await _client.GetActivitiesAsync(conversation.ConversationId, conversation.Token!);
        Assert.DoesNotContain(transcript.Activities, a => a.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task EveryTurnOpensALivestreamOfItsOwn()
    {
        var conversation = await _client.StartAsync(BotTestHost.DirectLineSecret);
        using var socket = await DirectLineClient.ConnectAsync(conversation.StreamUrl!);
        await DirectLineClient.ReceiveAsync(socket);

        var opened = new List<string?>();
        foreach (var question in new[] { "Is there a restocking fee?", "When will I get my refund?" })
        {
            var id = await _client.PostMessageAsync(conversation, question);
            var seen = await DirectLineClient.ReceiveUntilAsync(socket, a => a.Type == ActivityTypes.Message && a.ReplyToId == id);
            var informative = seen.First(a => a.Type == ActivityTypes.Typing);
            Assert.Equal(informative.Id, StreamFields(informative).StreamId);
            Assert.Equal(informative.Id, seen[^1].ChannelData!.Value.GetProperty("streamId").GetString());
            opened.Add(informative.Id);
        }

        Assert.Equal(2, opened.Distinct().Count());
    }

    [Fact]
    public async Task OneShotAnswerIsNotLivestreamed()
    {
        var conversation = await _client.StartAsync(BotTestHost.DirectLineSecret);
        using var socket = await DirectLineClient.ConnectAsync(conversation.StreamUrl!);
        await DirectLineClient.ReceiveAsync(socket);

        var id = await _client.PostMessageAsync(conversation, "When will I get my refund?");
        var seen = await DirectLineClient.ReceiveUntilAsync(socket, a => a.Type == ActivityTypes.Message && a.ReplyToId == id);

        var typing = Assert.Single(seen, a => a.Type == ActivityTypes.Typing);
        Assert.Equal("informative", typing.ChannelData!.Value.GetProperty("streamType").GetString());
        Assert.Equal(typing.Id, seen[^1].ChannelData!.Value.GetProperty("streamId").GetString());
    }

    [Fact]
    public async Task IdleStreamGetsEmptyKeepAlives()
    {
        var conversation = await _client.StartAsync(BotTestHost.DirectLineSecret);
        using var socket = await DirectLineClient.ConnectAsync(conversation.StreamUrl!);
        await DirectLineClient.ReceiveAsync(socket);

        var keepAlive = await DirectLineClient.ReceiveAsync(socket, TimeSpan.FromSeconds(5));

        Assert.Null(keepAlive);
    }

    [Fact]
    public async Task ReconnectGivesAStreamThatContinuesAfterTheWatermark()
    {
        var conversation = await _client.StartAsync(BotTestHost.DirectLineSecret);
        var id = await _client.PostMessageAsync(conversation, "When will I get my refund?");
        await _client.WaitForActivityAsync(conversation.ConversationId, conversation.Token!, a => a.ReplyToId == id);

        using var response = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation.ConversationId}?watermark=2", conversation.Token);
        var reconnected = (await response.Content.ReadFromJsonAsync<DirectLineConversation>(ProtocolJson.Options))!;
        using var socket = await DirectLineClient.ConnectAsync(reconnected.StreamUrl!);
        var set = await DirectLineClient.ReceiveAsync(socket);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(conversation.StreamUrl, reconnected.StreamUrl);
        Assert.Contains("watermark=2", reconnected.StreamUrl, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(reconnected.Token));
        Assert.Equal(id, Assert.Single(set!.Activities).ReplyToId);
        Assert.Equal("3", set.Watermark);
    }

    [Fact]
    public async Task StreamOpensOnlyWithItsOwnStreamToken()
    {
        var mine = await _client.StartAsync(BotTestHost.DirectLineSecret);
        var other = await _client.StartAsync(BotTestHost.DirectLineSecret);
        var stolen = mine.StreamUrl!.Replace(mine.ConversationId, other.ConversationId, StringComparison.Ordinal);
        var conversationToken = $"{mine.StreamUrl![..mine.StreamUrl!.IndexOf("?t=", StringComparison.Ordinal)]}?t={Uri.EscapeDataString(mine.Token!)}";

        await Assert.ThrowsAsync<WebSocketException>(() => DirectLineClient.ConnectAsync(stolen));
        await Assert.ThrowsAsync<WebSocketException>(() => DirectLineClient.ConnectAsync(conversationToken));
    }

    private static (string? Type, string? StreamId, int? Sequence) StreamFields(Activity activity)
    {
        var data = activity.ChannelData!.Value;
        return (
            data.GetProperty("streamType").GetString(),
            data.TryGetProperty("streamId", out var id) ? id.GetString() : null,
            data.TryGetProperty("streamSequence", out var sequence) && sequence.ValueKind == JsonValueKind.Number ? sequence.GetInt32() : null);
    }
}
