using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.Data;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Domains;
using SlmAssistant.Answering.Extractive;
using SlmAssistant.Answering.Search;

namespace SlmAssistant.Answering;

public static class AnsweringServiceCollectionExtensions
{
    /// <summary>Registers the answer service and its parts. Needs IKnowledgeSearch and an embedding generator.</summary>
    public static IServiceCollection AddSlmAnswering(this IServiceCollection services)
    {
        services.AddOptions<AnsweringOptions>()
            .BindConfiguration(AnsweringOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new DomainCatalog(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AnsweringOptions>>()));
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<ITextSearch<SearchHit>, KnowledgeTextSearch>();
        services.AddSingleton<IAnswerService, AnswerService>();
        return services;
    }
}
