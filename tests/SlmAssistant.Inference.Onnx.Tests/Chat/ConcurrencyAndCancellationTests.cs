using System.Diagnostics;
using Microsoft.Extensions.AI;
using SlmAssistant.TestKit.Models;

namespace SlmAssistant.Inference.Onnx.Tests.Chat;

[Collection(TinyModels.Name)]
public sealed class ConcurrencyAndCancellationTests(TinyModelFixture models)
{
    [Fact]
    public async Task CancellingMidStreamStopsPromptlyAndFreesTheSlot()
    {
        using var local = new LocalModel(models.LongScripted);
        using var cancellation = new CancellationTokenSource();
        await using var stream = local.Client.GetStreamingResponseAsync(Streams.Ask("Count."), cancellationToken: cancellation.Token).GetAsyncEnumerator();
        Assert.True(await stream.MoveNextAsync().AsTask().WaitAsync(Streams.Timeout));
        Assert.Equal(0, local.Client.AvailableSlots);

        var stopwatch = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            while (await stream.MoveNextAsync())
            {
            }
        }).WaitAsync(Streams.Timeout);
        stopwatch.Stop();

        Assert.Equal(1, local.Client.AvailableSlots);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"Cancelling took {stopwatch.Elapsed}.");
        var next = await local.Client.GetResponseAsync(Streams.Ask("Again.")).WaitAsync(Streams.Timeout);
        Assert.Equal(models.LongScript, next.Text);
    }

    [Fact]
    public async Task AbandoningAStreamFreesTheSlot()
    {
        using var local = new LocalModel(models.LongScripted);

        await foreach (var update in local.Client.GetStreamingResponseAsync(Streams.Ask("Count.")))
        {
            Assert.Equal(0, local.Client.AvailableSlots);
            break;
        }

        Assert.Equal(1, local.Client.AvailableSlots);
        var next = await local.Client.GetResponseAsync(Streams.Ask("Again.")).WaitAsync(Streams.Timeout);
        Assert.Equal(models.LongScript, next.Text);
    }

    [Fact]
    public async Task TwoSlotsRunTwoGenerationsAtOnce()
    {
        using var local = new LocalModel(models.LongScripted, options => options.MaxConcurrentGenerations = 2);
        await using var first = local.Client.GetStreamingResponseAsync(Streams.Ask("First.")).GetAsyncEnumerator();
        await using var second = local.Client.GetStreamingResponseAsync(Streams.Ask("Second.")).GetAsyncEnumerator();

        // Both streams have produced text while neither has finished: both slots are taken.
        Assert.True(await first.MoveNextAsync().AsTask().WaitAsync(Streams.Timeout));
        Assert.True(await second.MoveNextAsync().AsTask().WaitAsync(Streams.Timeout));
        Assert.Equal(0, local.Client.AvailableSlots);

        var texts = await Task.WhenAll(ReadRestAsync(first), ReadRestAsync(second)).WaitAsync(Streams.Timeout);

        Assert.All(texts, text => Assert.Equal(models.LongScript, text));
        Assert.Equal(2, local.Client.AvailableSlots);
    }

    [Fact]
    public async Task WithOneSlotTheSecondRequestWaitsForTheFirst()
    {
        using var local = new LocalModel(models.LongScripted);
        await using var first = local.Client.GetStreamingResponseAsync(Streams.Ask("First.")).GetAsyncEnumerator();
        Assert.True(await first.MoveNextAsync().AsTask().WaitAsync(Streams.Timeout));

        var second = local.Client.GetResponseAsync(Streams.Ask("Second."));
        await Task.Delay(300);
        Assert.False(second.IsCompleted);

        Assert.Equal(models.LongScript, await ReadRestAsync(first).WaitAsync(Streams.Timeout));
        Assert.Equal(models.LongScript, (await second.WaitAsync(Streams.Timeout)).Text);
    }

    [Fact]
    public async Task ARequestWaitingForASlotCanBeCancelled()
    {
        using var local = new LocalModel(models.LongScripted);
        await using var first = local.Client.GetStreamingResponseAsync(Streams.Ask("First.")).GetAsyncEnumerator();
        Assert.True(await first.MoveNextAsync().AsTask().WaitAsync(Streams.Timeout));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => local.Client.GetResponseAsync(Streams.Ask("Second."), cancellationToken: cancellation.Token))
            .WaitAsync(Streams.Timeout);

        Assert.Equal(models.LongScript, await ReadRestAsync(first).WaitAsync(Streams.Timeout));
        Assert.Equal(1, local.Client.AvailableSlots);
    }

    /// <summary>The text of the current update and of all the following ones.</summary>
    private static async Task<string> ReadRestAsync(IAsyncEnumerator<ChatResponseUpdate> stream)
    {
        var text = stream.Current.Text;
        while (await stream.MoveNextAsync())
        {
            text += stream.Current.Text;
        }

        return text;
    }
}
