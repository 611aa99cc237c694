using SlmAssistant.Bot.LoadTesting;

namespace SlmAssistant.Bot.Tests.LoadTesting;

public class DirectLineLoadGeneratorTests
{
    [Fact]
    public async Task ShortRunAnswersEveryConversationAndReportsLatencyAndMemory()
    {
        await using var host = await BotTestHost.StartAsync(new ScriptedAnswerService { Deltas = ["Electronics ", "can be returned."] });
        using var http = new HttpClient();

        var result = await new DirectLineLoadGenerator(http).RunAsync(new DirectLineLoadOptions
        {
            BaseAddress = host.BaseAddress,
            Secret = BotTestHost.DirectLineSecret,
            Conversations = 5,
            Duration = TimeSpan.FromSeconds(2),
            ServerProcessId = Environment.ProcessId,
        });

        Assert.Equal(0, result.Errors);
        Assert.True(result.Replies >= 5, $"{result.Replies} replies");
        Assert.True(result.RepliesPerSecond > 0);
        Assert.InRange(result.P50Latency, TimeSpan.FromTicks(1), result.P95Latency);
        Assert.True(result.P95Latency <= result.MaxLatency);
        Assert.True(result.PeakServerMemoryBytes > 10 * 1024 * 1024);
        Assert.InRange(result.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void PercentilesAreNearestRank()
    {
        var recorder = new LatencyRecorder();
        foreach (var ms in Enumerable.Range(1, 100))
        {
            recorder.Record(TimeSpan.FromMilliseconds(ms));
        }

        Assert.Equal(TimeSpan.FromMilliseconds(50), recorder.Percentile(50));
        Assert.Equal(TimeSpan.FromMilliseconds(95), recorder.Percentile(95));
        Assert.Equal(TimeSpan.FromMilliseconds(100), recorder.Percentile(100));
        Assert.Equal(TimeSpan.Zero, new LatencyRecorder().Percentile(50));
    }
}
