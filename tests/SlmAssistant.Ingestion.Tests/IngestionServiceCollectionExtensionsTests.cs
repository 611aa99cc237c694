using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Chunking;
using SlmAssistant.Ingestion.Detection;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Ingestion.Tests.Support;

namespace SlmAssistant.Ingestion.Tests;

using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

public sealed class IngestionServiceCollectionExtensionsTests
{
    [Fact]
    public void RegistersOneExtractorPerFormatTheDetectorAndTheChunker()
    {
        using var provider = Services().BuildServiceProvider();

        var formats = provider.GetServices<IContentExtractor>().Select(e => e.Format).Order();

        Assert.Equal([DocumentFormat.Text, DocumentFormat.Markdown, DocumentFormat.Html, DocumentFormat.Pdf, DocumentFormat.Docx], formats);
        Assert.NotNull(provider.GetService<DocumentFormatDetector>());
        Assert.IsType<StructureAwareChunker>(provider.GetRequiredService<IChunker>());
        Assert.Contains(Services(), d => d.ServiceType == typeof(IngestionPipeline));
    }

    [Fact]
    public void CallingItTwiceRegistersEachExtractorOnce()
    {
        var services = Services();
        services.AddSlmIngestion();

        using var provider = services.BuildServiceProvider();

        Assert.Equal(5, provider.GetServices<IContentExtractor>().Count());
    }

    [Fact]
    public void OptionsAreBoundFromTheirSections()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingestion:MaxFileBytes"] = "1048576",
            ["Ingestion:EmbeddingBatchSize"] = "8",
            ["Ingestion:Chunking:MaxTokens"] = "384",
            ["Ingestion:Chunking:OverlapTokens"] = "48",
        }).Build();

        using var provider = Services(configuration).BuildServiceProvider();

        var ingestion = provider.GetRequiredService<IOptions<IngestionOptions>>().Value;
        var chunking = provider.GetRequiredService<IOptions<ChunkingOptions>>().Value;
        Assert.Equal((1048576L, 8), (ingestion.MaxFileBytes, ingestion.EmbeddingBatchSize));
        Assert.Equal((384, 48), (chunking.MaxTokens, chunking.OverlapTokens));
    }

    [Fact]
    public void WithoutConfigurationTheDefaultsApply()
    {
        using var provider = Services().BuildServiceProvider();

        Assert.Equal(25L * 1024 * 1024, provider.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxFileBytes);
        var chunking = provider.GetRequiredService<IOptions<ChunkingOptions>>().Value;
        Assert.Equal((256, 32), (chunking.MaxTokens, chunking.OverlapTokens));
    }

    [Theory]
    [InlineData("Ingestion:Chunking:MaxTokens", "2048")]
    [InlineData("Ingestion:Chunking:OverlapTokens", "200")]
    [InlineData("Ingestion:MaxFileBytes", "0")]
    public async Task InvalidOptionsStopTheHostFromStarting(string key, string value)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        builder.Services.AddSingleton<ITokenCounter>(Tokenizer.ArcticXs);
        builder.Services.AddSingleton<IConfiguration>(builder.Configuration);
        builder.Services.AddSlmIngestion();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Contains(key.Split(':')[^1], error.Message);
    }

    private static ServiceCollection Services(IConfiguration? configuration = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITokenCounter>(Tokenizer.ArcticXs);
        services.AddSingleton(configuration ?? new ConfigurationBuilder().Build());
        services.AddSlmIngestion();
        return services;
    }
}
