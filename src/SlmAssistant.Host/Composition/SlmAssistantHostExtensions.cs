using SlmAssistant.Admin;
using SlmAssistant.Answering;
using SlmAssistant.Bot;
using SlmAssistant.Answering.Orchestration;
using SlmAssistant.Host.Features.LocalModel;
using SlmAssistant.Inference.Onnx;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.Routing.Routing;
using SlmAssistant.Embeddings;
using SlmAssistant.Host.Features.Seeding;
using SlmAssistant.Ingestion;
using SlmAssistant.Retrieval;

namespace SlmAssistant.Host.Composition;

public static class SlmAssistantHostExtensions
{
    /// <summary>
    /// The product: embeddings, store and retrieval, ingestion, the local model (when configured), scope routing, cloud
    /// escalation (when configured), answering, the bot channel (Bot Framework, Direct Line, widget), the admin console,
    /// and start-up seeding of knowledge/.
    /// </summary>
    public static WebApplicationBuilder AddSlmAssistant(this WebApplicationBuilder builder)
    {
        builder.Services.AddSlmEmbeddings();
        builder.Services.AddSlmRetrieval();
        builder.Services.AddSlmIngestion();
        builder.Services.AddSlmLocalModel(builder.Configuration);
        builder.Services.AddSlmScopeRouting();
        builder.Services.AddSlmEscalation();
        builder.Services.AddSlmAnswering();
        builder.Services.AddSlmAssistant();
        builder.Services.AddSlmBot();
        builder.Services.AddSlmAdmin();
        builder.Services.AddHostedService<LocalModelWarmup>();
        builder.Services.AddHealthChecks().AddCheck<LocalModelHealthCheck>("model");

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
