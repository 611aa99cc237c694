using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Routing.Evaluation;

namespace SlmAssistant.Routing.Routing;

public static class ScopeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the scope router (<see cref="IAnswerRouter"/>), its exemplar index, the <c>Scope</c> kernel plugin
    /// and the <see cref="ScopeEvaluator"/> behind <c>slm eval scope</c>. Needs an
    /// <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> and logging.
    /// </summary>
    public static IServiceCollection AddSlmScopeRouting(this IServiceCollection services)
    {
        services.AddOptions<ScopeRoutingOptions>()
            .BindConfiguration(ScopeRoutingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ExemplarIndex>();
        services.AddSingleton<ScopeRouter>();
        services.AddSingleton<IAnswerRouter>(sp => sp.GetRequiredService<ScopeRouter>());
        services.AddSingleton<ScopePlugin>();
        services.AddSingleton<ScopeEvaluator>();
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<ScopePlugin>(), ScopePlugin.PluginName));
        return services;
    }
}
