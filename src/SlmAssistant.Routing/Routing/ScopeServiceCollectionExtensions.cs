using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using SlmAssistant.Abstractions.Routing;

namespace SlmAssistant.Routing.Routing;

public static class ScopeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the scope router (<see cref="IAnswerRouter"/>), its exemplar index and the <c>Scope</c> kernel plugin.
    /// Needs an <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> and logging.
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
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<ScopePlugin>(), ScopePlugin.PluginName));
        return services;
    }
}
