using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Answering.Plugins;
using SlmAssistant.Routing.Routing;

namespace SlmAssistant.Answering.Orchestration;

public static class AssistantServiceCollectionExtensions
{
    /// <summary>
    /// Makes <see cref="AssistantService"/> the <see cref="IAnswerService"/>: routing, escalation and the ledger in front
    /// of the knowledge answers. Needs AddSlmAnswering, AddSlmScopeRouting and AddSlmEscalation. With a local model and
    /// <c>Routing:SelfCheck:Enabled</c>, the router asks the model for a yes/no second opinion (<see cref="SelfCheckingRouter"/>).
    /// </summary>
    public static IServiceCollection AddSlmAssistant(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSlmSelfCheck();
        services.RemoveAll<IAnswerService>();
        services.AddSingleton<IAnswerService, AssistantService>();
        return services;
    }

    /// <summary>
    /// Makes the router <see cref="SelfCheckingRouter"/> when a local model is registered and
    /// <c>Routing:SelfCheck:Enabled</c> is true, else the plain <see cref="ScopeRouter"/>. Needs AddSlmAnswering and
    /// AddSlmScopeRouting.
    /// </summary>
    public static IServiceCollection AddSlmSelfCheck(this IServiceCollection services)
    {
        services.AddOptions<SelfCheckOptions>()
            .BindConfiguration(SelfCheckOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SelfCheckingRouter>();
        services.RemoveAll<IAnswerRouter>();
        services.AddSingleton<IAnswerRouter>(provider => LocalChatClient.IsRegistered(provider)
            && provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SelfCheckOptions>>().Value.Enabled
                ? provider.GetRequiredService<SelfCheckingRouter>()
                : provider.GetRequiredService<ScopeRouter>());
        return services;
    }
}
