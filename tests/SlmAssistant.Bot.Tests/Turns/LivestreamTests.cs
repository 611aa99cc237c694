using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.Tests.Turns;

public class LivestreamTests
{
    [Fact]
    public async Task UpdatesInsideTheIntervalAreCoalescedIntoTheLatestText()
    {
        var sink = new RecordingSink();
        var stream = new Livestream(Turn(sink), TimeSpan.FromHours(1), TimeProvider.System);

        await stream.StartAsync(CancellationToken.None);
        await stream.UpdateAsync("A quick", CancellationToken.None);
        await stream.UpdateAsync("A quick brown fox", CancellationToken.None);
        var beforeFlush = sink.Sent.Count;
        await stream.FlushAsync(CancellationToken.None);
        await stream.FlushAsync(CancellationToken.None);

        Assert.Equal(1, beforeFlush);
        Assert.Equal(2, sink.Sent.Count);
        Assert.Equal("A quick brown fox", sink.Sent[1].Text);
        Assert.Equal(2, sink.Sent[1].ChannelData!.Value.GetProperty("streamSequence").GetInt32());
        Assert.Equal("s-1", stream.StreamId);
    }

    [Fact]
    public async Task WithoutAnIntervalEveryUpdateIsSentInSequence()
    {
        var sink = new RecordingSink();
        var stream = new Livestream(Turn(sink), TimeSpan.Zero, TimeProvider.System);

        await stream.StartAsync(CancellationToken.None);
        await stream.UpdateAsync("A", CancellationToken.None);
        await stream.UpdateAsync("A b", CancellationToken.None);

        Assert.Equal([1, 2, 3], sink.Sent.Select(a => a.ChannelData!.Value.GetProperty("streamSequence").GetInt32()));
        Assert.All(sink.Sent.Skip(1), a => Assert.Equal("s-1", a.ChannelData!.Value.GetProperty("streamId").GetString()));
        Assert.All(sink.Sent, a => Assert.Equal(ActivityTypes.Typing, a.Type));
    }

    private static BotTurn Turn(IActivitySink sink)
    {
        var question = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "q-1",
            From = new ChannelAccount("user"),
            Recipient = new ChannelAccount("bot"),
            Conversation = new ConversationAccount("c-1"),
        };
        return new BotTurn(question, new ConversationInfo("c-1", "test", null, null, true, DateTimeOffset.UtcNow, ConversationOrigin.Messages), 1, sink);
    }

    private sealed class RecordingSink : IActivitySink
    {
        public List<Activity> Sent { get; } = [];

        public bool SupportsStreaming => true;

        public bool DeliversEvents => true;

        public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            Sent.Add(activity);
            return Task.FromResult<string?>($"s-{Sent.Count}");
        }
    }
}
