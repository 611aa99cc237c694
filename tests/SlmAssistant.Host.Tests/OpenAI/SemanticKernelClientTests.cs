using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

// A custom endpoint (the constructor with a Uri, an embedding generator with its own HttpClient) is what SK marks as
// evaluation-only (SKEXP0010); pointing the connector at another server is exactly what this test is about.
#pragma warning disable SKEXP0010

namespace SlmAssistant.Host.Tests.OpenAI;

/// <summary>Semantic Kernel's OpenAI connector, pointed at the host as another .NET app would point it, chats and embeds.</summary>
[Collection(OpenAIHostGroup.Name)]
public sealed class SemanticKernelClientTests(OpenAIHostFixture host)
{
    [Fact]
    public async Task SemanticKernelsOpenAIConnectorGetsTheLocalModelsReplyWithUsage()
    {
        using var http = new HttpClient { Timeout = OpenAIHostFixture.Timeout };
        var chat = new OpenAIChatCompletionService(OpenAIHostFixture.ChatModel, host.V1, OpenAIHostFixture.Key, httpClient: http);
        var history = new ChatHistory("You are a helpful assistant.");
        history.AddUserMessage("Say hello.");

        var reply = await chat.GetChatMessageContentAsync(history, new OpenAIPromptExecutionSettings { MaxTokens = 64, Temperature = 0 }).WaitAsync(OpenAIHostFixture.Timeout);

        Assert.Equal(OpenAIHostFixture.Script, reply.Content);
        var usage = Assert.IsType<ChatTokenUsage>(reply.Metadata?["Usage"]);
        Assert.True(usage.InputTokenCount > 5);
        Assert.True(usage.OutputTokenCount > 5);
        Assert.Equal(OpenAIHostFixture.ChatModel, reply.ModelId);
    }

    [Fact]
    public async Task SemanticKernelsOpenAIConnectorStreamsTheReplyInPieces()
    {
        using var http = new HttpClient { Timeout = OpenAIHostFixture.Timeout };
        var chat = new OpenAIChatCompletionService(OpenAIHostFixture.ChatModel, host.V1, OpenAIHostFixture.Key, httpClient: http);
        var history = new ChatHistory();
        history.AddUserMessage("Say hello.");

        var pieces = new List<string>();
        using var timeout = new CancellationTokenSource(OpenAIHostFixture.Timeout);
        await foreach (var update in chat.GetStreamingChatMessageContentsAsync(history, new OpenAIPromptExecutionSettings { MaxTokens = 64 }, cancellationToken: timeout.Token))
        {
            if (!string.IsNullOrEmpty(update.Content))
            {
                pieces.Add(update.Content);
            }
        }

        Assert.Equal(OpenAIHostFixture.Script, string.Concat(pieces));
        Assert.True(pieces.Count > 3, $"{pieces.Count} piece(s): the reply was not streamed");
    }

    [Fact]
    public async Task SemanticKernelsOpenAIEmbeddingGeneratorGetsArcticVectors()
    {
        using var http = new HttpClient { BaseAddress = host.V1, Timeout = OpenAIHostFixture.Timeout };
        var kernel = Kernel.CreateBuilder()
            .AddOpenAIEmbeddingGenerator(OpenAIHostFixture.EmbeddingModel, OpenAIHostFixture.Key, httpClient: http)
            .Build();
        var generator = kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var embeddings = await generator.GenerateAsync(["How do I return an item?", "Opening hours", "Refunds"]).WaitAsync(OpenAIHostFixture.Timeout);

        Assert.Equal(3, embeddings.Count);
        Assert.All(embeddings, e => Assert.Equal(384, e.Vector.Length));
        var first = embeddings[0].Vector.Span;
        var norm = 0f;
        foreach (var value in first)
        {
            norm += value * value;
        }

        Assert.InRange(norm, 0.99f, 1.01f);
        Assert.True(embeddings.Usage?.InputTokenCount > 6);
    }
}
