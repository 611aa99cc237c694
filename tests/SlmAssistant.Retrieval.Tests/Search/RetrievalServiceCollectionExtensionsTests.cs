using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Embeddings;
using SlmAssistant.Retrieval.Search;
using SlmAssistant.Retrieval.Store;

namespace SlmAssistant.Retrieval.Tests.Search;

public sealed class RetrievalServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "slm-retrieval-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task AddSlmRetrievalComposesOneStoreAndAHybridSearchOverIt()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Knowledge:DataDirectory"] = _directory;
        builder.Configuration["Retrieval:RrfK"] = "30";
        builder.Services.AddSlmEmbeddings();
        builder.Services.AddSlmRetrieval();
        using var host = builder.Build();
        await host.StartAsync();

        var store = host.Services.GetRequiredService<IKnowledgeStore>();
        var search = host.Services.GetRequiredService<IKnowledgeSearch>();

        Assert.IsType<SqliteKnowledgeStore>(store);
        Assert.Same(store, host.Services.GetRequiredService<IIngestionJournal>());
        Assert.True(Assert.IsType<HybridKnowledgeSearch>(search).IsVectorSearchEnabled);
        Assert.Equal(30, host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HybridSearchOptions>>().Value.RrfK);
        Assert.Equal(0, await store.CountChunksAsync());
        Assert.True(File.Exists(Path.Combine(_directory, Storage.DataDirectoryOptions.DatabaseFileName)));
        await host.StopAsync();
    }

    [Fact]
    public async Task WithoutEmbeddingsTheSearchStillResolves()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Knowledge:DataDirectory"] = _directory;
        builder.Services.AddSlmRetrieval();
        using var host = builder.Build();
        await host.StartAsync();

        Assert.False(Assert.IsType<HybridKnowledgeSearch>(host.Services.GetRequiredService<IKnowledgeSearch>()).IsVectorSearchEnabled);
        await host.StopAsync();
    }

    [Fact]
    public async Task InvalidOptionsFailAtStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Knowledge:DataDirectory"] = _directory;
        builder.Configuration["Retrieval:CandidateDepth"] = "0";
        builder.Services.AddSlmRetrieval();
        using var host = builder.Build();

        await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());
    }
}
