using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SlmAssistant.Abstractions.Routing;

namespace SlmAssistant.Routing.Routing;

public static class ScopeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the router (<see cref="IAnswerRouter"/>): the scope rules (<see cref="ScopeRouter"/>, its exemplar
    /// index) and the optional self-check over them (<see cref="SelfCheckingRouter"/>, <see cref="SelfCheckOptions"/>),
    /// which asks an <see cref="IScopeSelfCheck"/> when one is registered (the local model's, AddSlmAnswering). Needs an
    /// <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> and logging.
    /// </summary>
    public static IServiceCollection AddSlmScopeRouting(this IServiceCollection services)
    {
        services.AddOptions<ScopeRoutingOptions>()
            .BindConfiguration(ScopeRoutingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SelfCheckOptions>()
            .BindConfiguration(SelfCheckOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ExemplarIndex>();
        services.TryAddSingleton<ScopeRouter>();
        services.TryAddSingleton<SelfCheckingRouter>();
        services.TryAddSingleton<IAnswerRouter>(sp => sp.GetRequiredService<SelfCheckingRouter>());
        return services;
    }
}
