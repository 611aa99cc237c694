using SlmAssistant.Answering;
using SlmAssistant.Embeddings;
using SlmAssistant.Host.Features.Seeding;
using SlmAssistant.Ingestion;
using SlmAssistant.Retrieval;

namespace SlmAssistant.Host.Composition;

public static class SlmAssistantHostExtensions
{
    /// <summary>The product: embeddings, store and retrieval, ingestion, answering, and start-up seeding of knowledge/.</summary>
    public static WebApplicationBuilder AddSlmAssistant(this WebApplicationBuilder builder)
    {
        builder.Services.AddSlmEmbeddings();
        builder.Services.AddSlmRetrieval();
        builder.Services.AddSlmIngestion();
        builder.Services.AddSlmAnswering();

        builder.Services.AddOptions<SeedingOptions>()
            .BindConfiguration(SeedingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SeedingState>();
        builder.Services.AddHostedService<KnowledgeSeedingService>();
        builder.Services.AddHealthChecks().AddCheck<SeedingHealthCheck>("knowledge");
        return builder;
    }
}
