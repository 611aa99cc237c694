using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Embeddings;
using SlmAssistant.Embeddings.Generation;

namespace SlmAssistant.Retrieval.Tests.Embeddings;

public sealed class EmbeddingsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSlmEmbeddingsRegistersOneCachedArcticGeneratorAndTheTokenCounter()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Embeddings:BatchSize"] = "8";
        builder.Services.AddSlmEmbeddings();
        using var host = builder.Build();

        var generator = host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        Assert.IsType<QueryEmbeddingCache>(generator);
        Assert.IsType<ArcticEmbeddingGenerator>(generator.GetService(typeof(ArcticEmbeddingGenerator)));
        Assert.Same(generator, host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.True(host.Services.GetRequiredService<ITokenCounter>().CountTokens("hello world") == 4);
        Assert.Equal(8, host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmbeddingOptions>>().Value.BatchSize);
    }

    [Fact]
    public async Task InvalidOptionsFailAtStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Embeddings:BatchSize"] = "0";
        builder.Services.AddSlmEmbeddings();
        using var host = builder.Build();

        await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());
    }
}
