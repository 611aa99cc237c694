using SlmAssistant.Tools.LoadTesting;

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
    public async Task WithAThinkTimeEachConversationAsksAboutOnceAPause()
    {
        await using var host = await BotTestHost.StartAsync(new ScriptedAnswerService { Deltas = ["Electronics can be returned."] });
        using var http = new HttpClient();

        var result = await new DirectLineLoadGenerator(http).RunAsync(new DirectLineLoadOptions
        {
            BaseAddress = host.BaseAddress,
            Secret = BotTestHost.DirectLineSecret,
            Conversations = 4,
            Duration = TimeSpan.FromSeconds(3),
            ThinkTime = TimeSpan.FromSeconds(1),
        });

        // Pauses of 0.5-1.5 s over 3 s: 1 to 6 questions a conversation, far fewer than without pauses.
        Assert.Equal("closed", result.Mode);
        Assert.Equal(0, result.Errors);
        Assert.InRange(result.Questions, 4, 24);
        Assert.InRange(result.Replies, 4, result.Questions);
    }

    [Fact]
    public async Task AnOpenLoopAsksAtTheRateWhetherOrNotAnswersCame()
    {
        await using var host = await BotTestHost.StartAsync(new ScriptedAnswerService { Deltas = ["Electronics can be returned."] });
        using var http = new HttpClient();

        var result = await new DirectLineLoadGenerator(http).RunAsync(new DirectLineLoadOptions
        {
            BaseAddress = host.BaseAddress,
            Secret = BotTestHost.DirectLineSecret,
            Conversations = 3,
            Duration = TimeSpan.FromSeconds(3),
            ArrivalRate = 20,
        });

        // About 20/s once the conversations are open: a Poisson count far from the closed loop's hundreds.
        Assert.Equal("open", result.Mode);
        Assert.Equal(0, result.Errors);
        Assert.InRange(result.Questions, 15, 90);
        // Arrivals stop at the deadline; every question already asked is still waited for.
        Assert.Equal(result.Questions, result.Replies);
        Assert.True(result.P95Latency > TimeSpan.Zero);
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
