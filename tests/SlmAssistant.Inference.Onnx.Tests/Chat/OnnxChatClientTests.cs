using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntimeGenAI;
using SlmAssistant.TestKit.Models;
using SlmAssistant.Tools.TinyModel;

namespace SlmAssistant.Inference.Onnx.Tests.Chat;

[Collection(TinyModels.Name)]
public sealed class OnnxChatClientTests(TinyModelFixture models)
{
    [Fact]
    public async Task StreamsTheScriptedReplyExactlyOnce()
    {
        using var local = new LocalModel(models.Scripted);

        var (text, updates) = await Streams.ReadAllBoundedAsync(local.Client.GetStreamingResponseAsync(Streams.Ask("What are your opening hours?")));

        Assert.Equal(TinyModelFixture.Script, text);
        var final = updates[^1];
        Assert.Equal(ChatFinishReason.Stop, final.FinishReason);
        Assert.Empty(final.Text);
        Assert.All(updates, update => Assert.Equal(ChatRole.Assistant, update.Role));
        Assert.Single(updates.Select(update => update.ResponseId).Distinct());
    }

    [Fact]
    public async Task ResponseReportsInputAndOutputTokens()
    {
        using var local = new LocalModel(models.Scripted);
        var messages = Streams.Ask("How do I reset my password?");

        var (_, updates) = await Streams.ReadAllBoundedAsync(local.Client.GetStreamingResponseAsync(messages));
        var response = await local.Client.GetResponseAsync(messages).WaitAsync(Streams.Timeout);

        Assert.Equal(TinyModelFixture.Script, response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.NotNull(response.Usage);
        Assert.Equal(PromptTokens(models.Scripted.Directory, messages), response.Usage.InputTokenCount);

        // Every script piece is one token and decodes to text of its own, so the text updates count the tokens.
        Assert.Equal(updates.Count(update => update.Text.Length > 0), response.Usage.OutputTokenCount);
        Assert.Equal(response.Usage.InputTokenCount + response.Usage.OutputTokenCount, response.Usage.TotalTokenCount);
    }

    [Fact]
    public async Task MaxOutputTokensCutsTheReplyWithFinishReasonLength()
    {
        using var local = new LocalModel(models.Scripted);

        var response = await local.Client.GetResponseAsync(Streams.Ask("Hi"), new ChatOptions { MaxOutputTokens = 3 }).WaitAsync(Streams.Timeout);

        Assert.Equal("Hello! I", response.Text);
        Assert.Equal(ChatFinishReason.Length, response.FinishReason);
        Assert.Equal(3, response.Usage?.OutputTokenCount);
    }

    [Fact]
    public async Task StopSequenceEndsTheReplyBeforeIt()
    {
        using var local = new LocalModel(models.Scripted);

        var response = await local.Client.GetResponseAsync(Streams.Ask("Hi"), new ChatOptions { StopSequences = ["tiny local"] }).WaitAsync(Streams.Timeout);

        Assert.Equal("Hello! I am the ", response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
    }

    [Fact]
    public async Task SamplingOptionsStillFollowTheScript()
    {
        using var local = new LocalModel(models.Scripted, options => options.Temperature = 0.8f);

        var response = await local.Client.GetResponseAsync(Streams.Ask("Hi"), new ChatOptions { TopP = 0.9f, TopK = 20, Seed = 3 }).WaitAsync(Streams.Timeout);

        Assert.Equal(TinyModelFixture.Script, response.Text);
    }

    [Fact]
    public async Task ConfiguredMaxLengthBoundsFreeText()
    {
        using var local = new LocalModel(models.Unscripted, options => options.MaxLength = 64);
        var messages = Streams.Ask("Tell me a story.");

        var response = await local.Client.GetResponseAsync(messages).WaitAsync(Streams.Timeout);

        Assert.Equal(ChatFinishReason.Length, response.FinishReason);
        Assert.Equal(64, response.Usage?.TotalTokenCount);
    }

    [Fact]
    public async Task APromptLongerThanMaxLengthIsRejectedWithTheNumbers()
    {
        using var local = new LocalModel(models.Scripted, options => options.MaxLength = 16);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => local.Client.GetResponseAsync(Streams.Ask("A long question that does not fit.")));

        Assert.Contains("within 16 tokens (Slm:MaxLength", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, local.Client.AvailableSlots);
    }

    [Fact]
    public async Task SpecialTokensTheModelEmitsAreCountedButNotShown()
    {
        var files = models.Write("leaky", new TinyModelOptions { Script = "Sure.<|user|> Anything else?", AdapterScript = null });
        using var local = new LocalModel(files);

        var response = await local.Client.GetResponseAsync(Streams.Ask("Hi")).WaitAsync(Streams.Timeout);

        Assert.Equal("Sure. Anything else?", response.Text);
        Assert.Equal(6, response.Usage?.OutputTokenCount);
    }

    private static long PromptTokens(string modelFolder, IEnumerable<ChatMessage> messages)
    {
        using var model = new Model(modelFolder);
        using var tokenizer = new Tokenizer(model);
        var json = JsonSerializer.Serialize(messages.Select(message => new { role = message.Role.Value, content = message.Text }));
        using var tokens = tokenizer.Encode(tokenizer.ApplyChatTemplate(null, json, null, true));
        return tokens[0].Length;
    }
}
