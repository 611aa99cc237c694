using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Data;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Answering.Composition;
using SlmAssistant.Answering.Domains;
using SlmAssistant.Answering.Extractive;
using SlmAssistant.Answering.FollowUps;
using SlmAssistant.Answering.Grounded;
using SlmAssistant.Answering.Plugins;
using SlmAssistant.Answering.Routing;
using SlmAssistant.Answering.Search;
using SlmAssistant.Answering.Tracing;
using SlmAssistant.Answering.Understanding;

namespace SlmAssistant.Answering;

public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// Registers the answer service and its parts, and a Semantic Kernel (<c>AddKernel</c>) with the Answer prompt
    /// plugin and the tracing filters. Needs <see cref="IKnowledgeSearch"/>; in extractive mode also an embedding
    /// generator. When a keyed <c>IChatClient</c> "local" is registered (<c>AddSlmLocalModel</c> with
    /// <c>Slm:ModelPath</c> set), answers and follow-ups are generated with it; otherwise they are extracted.
    /// </summary>
    public static IServiceCollection AddSlmAnswering(this IServiceCollection services)
    {
        services.AddOptions<AnsweringOptions>()
            .BindConfiguration(AnsweringOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<DomainAdapterOptions>().BindConfiguration(DomainAdapterOptions.SectionName);
        // A factory: DomainCatalog's two constructors are both satisfiable (DI resolves an empty IEnumerable).
        services.AddSingleton(provider => new DomainCatalog(provider.GetRequiredService<IOptions<AnsweringOptions>>()));
        services.AddSingleton<IDomainCatalog>(provider => provider.GetRequiredService<DomainCatalog>());
        services.AddSingleton<DomainAdapters>();
        services.AddSingleton<ITextSearch<SearchHit>, KnowledgeTextSearch>();

        // A transient Kernel over the app's services: the chat clients, the Answer plugin (loaded once) and the filters.
        services.AddKernel();
        services.AddSingleton<KernelPlugin>(AnswerPlugin.Load);
        services.AddSingleton<IFunctionInvocationFilter, FunctionTimingFilter>();
        services.AddSingleton<IPromptRenderFilter, PromptTraceFilter>();

        services.AddSingleton<VocabularyNeighbours>();
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<IQuestionSpelling, QuestionSpelling>();
        services.AddSingleton<ExtractiveComposer>();
        services.AddSingleton<GroundedPromptFitter>();
        services.AddSingleton<GroundedComposer>();
        services.AddSingleton<IAnswerComposer>(provider => LocalChatClient.IsRegistered(provider)
            ? provider.GetRequiredService<GroundedComposer>()
            : provider.GetRequiredService<ExtractiveComposer>());

        services.AddSingleton<StarterFollowUps>();
        services.AddSingleton<GeneratedFollowUps>();
        services.AddSingleton<IFollowUpSuggester>(provider => provider.GetRequiredService<IOptions<AnsweringOptions>>().Value.FollowUps switch
        {
            FollowUpMode.Generated when LocalChatClient.IsRegistered(provider) => provider.GetRequiredService<GeneratedFollowUps>(),
            FollowUpMode.Generated or FollowUpMode.Starters => provider.GetRequiredService<StarterFollowUps>(),
            _ => new NoFollowUps(),
        });

        services.AddSingleton<AnswerService>();
        services.AddSingleton<ILocalAnswerer>(provider => provider.GetRequiredService<AnswerService>());

        // Without routing in front (a composition of Answering alone), the knowledge answers are the answer service;
        // the orchestration (AddSlmOrchestration) registers its own, which wins in either order.
        services.TryAddSingleton<IAnswerService>(provider => provider.GetRequiredService<AnswerService>());

        // The router's second opinion; available only with a local model (the router asks it only when enabled).
        services.AddSingleton<IScopeSelfCheck>(provider => new LocalScopeSelfCheck(
            provider.GetRequiredService<Kernel>(),
            provider.GetRequiredService<IDomainCatalog>(),
            provider.GetRequiredService<DomainAdapters>(),
            LocalChatClient.IsRegistered(provider)));
        return services;
    }
}
