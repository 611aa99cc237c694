using System.Diagnostics;
using SlmAssistant.Routing.Cloud;

namespace SlmAssistant.Routing.Tests.Cloud;

public sealed class CloudResilienceTests
{
    private const string Question = "Why is the sky blue?";

    [Fact]
    public async Task ASlowCloudTimesOutQuicklyAndTheFailureIsLogged()
    {
        await using var harness = await EscalationHarness.StartAsync((settings, _) =>
        {
            settings["Escalation:TimeoutSeconds"] = "0.5";
            settings["Escalation:AttemptTimeoutSeconds"] = "0.5";
            settings["Escalation:MaxRetries"] = "0";
        });
        harness.Server.DelayResponses(TimeSpan.FromSeconds(30));
        var stopwatch = Stopwatch.StartNew();

        var result = await harness.EscalateAsync(Question);

        Assert.False(result.Succeeded);
        Assert.Equal(EscalationErrors.Timeout, result.Error);
        Assert.Empty(result.Answer);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Contains(harness.Logs.Messages, m => m.StartsWith("Warning: Cloud escalation failed (timeout)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASlowAttemptIsCutAndRetriedWithinTheTotal()
    {
        await using var harness = await EscalationHarness.StartAsync((settings, _) =>
        {
            settings["Escalation:TimeoutSeconds"] = "10";
            settings["Escalation:AttemptTimeoutSeconds"] = "1";
        });
        harness.Server.DelayResponses(TimeSpan.FromSeconds(30));

        var result = await harness.EscalateAsync(Question);

        // Each slow attempt is cut and retried (up to MaxRetries = 2); on a loaded machine the last retry may be cut
        // before the server sees it, so "retried at least once" is what can be asserted without racing the clock.
        Assert.Equal(EscalationErrors.Timeout, result.Error);
        Assert.InRange(harness.Server.Requests.Count, 2, 3);
    }

    [Fact]
    public async Task ServerErrorsAreRetriedUntilTheCloudAnswers()
    {
        await using var harness = await EscalationHarness.StartAsync();
        harness.Server.FailNext(2, 500);

        var result = await harness.EscalateAsync(Question);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([500, 500, 200], harness.Server.Requests.Select(r => r.StatusCode));
        Assert.Equal("Here is a short general answer from the fake cloud.", result.Answer);
    }

    [Fact]
    public async Task RateLimitingIsRetriedToo()
    {
        await using var harness = await EscalationHarness.StartAsync();
        harness.Server.FailNext(1, 429);

        var result = await harness.EscalateAsync(Question);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task AnAlwaysFailingCloudFailsPolitelyAndOpensTheCircuit()
    {
        await using var harness = await EscalationHarness.StartAsync((settings, _) =>
        {
            settings["Escalation:MaxRetries"] = "2";
            settings["Escalation:CircuitBreakerMinimumThroughput"] = "4";
            settings["Escalation:CircuitBreakerFailureRatio"] = "0.5";
            settings["Escalation:CircuitBreakerBreakSeconds"] = "60";
        });
        harness.Server.FailAlways(500);

        var first = await harness.EscalateAsync(Question);
        var sentByFirst = harness.Server.Requests.Count;
        var second = await harness.EscalateAsync(Question);
        var sentBySecond = harness.Server.Requests.Count;
        var stopwatch = Stopwatch.StartNew();
        var third = await harness.EscalateAsync(Question);

        // First: three attempts, all 500. Second: the fourth failed attempt opens the circuit; its retry is refused.
        Assert.Equal(EscalationErrors.ServerError, first.Error);
        Assert.Equal(3, sentByFirst);
        Assert.Equal(EscalationErrors.CircuitOpen, second.Error);
        Assert.Equal(4, sentBySecond);

        // Third: refused at once, without reaching the server.
        Assert.False(third.Succeeded);
        Assert.Equal(EscalationErrors.CircuitOpen, third.Error);
        Assert.Equal(sentBySecond, harness.Server.Requests.Count);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task AWrongKeyFailsOnceWithoutARetryStorm()
    {
        await using var harness = await EscalationHarness.StartAsync((settings, _) => settings["Escalation:MaxRetries"] = "5");
        harness.Server.FailAlways(401);

        var results = new List<EscalationResult>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await harness.EscalateAsync(Question));
        }

        Assert.All(results, r => Assert.Equal(EscalationErrors.Unauthorized, r.Error));
        Assert.Equal(3, harness.Server.Requests.Count);
    }
}
