using Microsoft.Extensions.AI;
using SlmAssistant.Inference.Onnx.Chat;
using SlmAssistant.TestKit.Models;

namespace SlmAssistant.Inference.Onnx.Tests.Chat;

[Collection(TinyModels.Name)]
public sealed class AdapterTests(TinyModelFixture models)
{
    [Fact]
    public async Task AdapterChangesTheReplyForThatRequestOnly()
    {
        using var local = new LocalModel(models.Scripted);

        var adapted = await local.Client.GetResponseAsync(Streams.Ask("Where is my ticket?"), WithAdapter("support")).WaitAsync(Streams.Timeout);
        var plain = await local.Client.GetResponseAsync(Streams.Ask("Where is my ticket?")).WaitAsync(Streams.Timeout);

        Assert.Equal(TinyModelFixture.AdapterScript, adapted.Text);
        Assert.Equal(TinyModelFixture.Script, plain.Text);
    }

    [Fact]
    public async Task ConcurrentRequestsUseTheirOwnAdapters()
    {
        using var local = new LocalModel(models.Scripted, options => options.MaxConcurrentGenerations = 4);

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            local.Client.GetResponseAsync(Streams.Ask($"Question {i}"), i % 2 == 0 ? WithAdapter("SUPPORT") : null))).WaitAsync(Streams.Timeout);

        for (var i = 0; i < replies.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? TinyModelFixture.AdapterScript : TinyModelFixture.Script, replies[i].Text);
        }
    }

    [Fact]
    public async Task UnknownAdapterIsRejectedWithTheConfiguredNames()
    {
        using var local = new LocalModel(models.Scripted);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => local.Client.GetResponseAsync(Streams.Ask("Hi"), WithAdapter("billing")));

        Assert.Contains("'billing'", error.Message, StringComparison.Ordinal);
        Assert.Contains("support", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, local.Client.AvailableSlots);
    }

    private static ChatOptions WithAdapter(string name) => new() { AdditionalProperties = new() { [SlmChatOptionKeys.Adapter] = name } };
}
