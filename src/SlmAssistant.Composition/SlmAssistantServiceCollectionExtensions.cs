using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Answering;
using SlmAssistant.Bot;
using SlmAssistant.Embeddings;
using SlmAssistant.Inference.Onnx;
using SlmAssistant.Ingestion;
using SlmAssistant.Ingestion.Queue;
using SlmAssistant.Orchestration;
using SlmAssistant.Retrieval;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.Routing.Routing;
using SlmAssistant.Storage;

namespace SlmAssistant.Composition;

public static class SlmAssistantServiceCollectionExtensions
{
    /// <summary>
    /// The assistant the server and the CLI both run, composed in one place: storage, embeddings, the knowledge store
    /// and retrieval, ingestion and its queue (whose worker only a host starts; the CLI drains its own runs), the local model (when configured), scope routing, cloud escalation (when configured),
    /// answering behind the orchestration, and the conversations. The server adds its channels and console on top.
    /// </summary>
    public static IServiceCollection AddSlmAssistantCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSlmStorage();
        services.AddSlmEmbeddings();
        services.AddSlmRetrieval();
        services.AddSlmIngestion();
        services.AddSlmIngestionQueue();
        services.AddSlmLocalModel(configuration);
        services.AddSlmScopeRouting();
        services.AddSlmEscalation();
        services.AddSlmAnswering();
        services.AddSlmOrchestration();
        services.AddSlmConversations();
        return services;
    }
}
