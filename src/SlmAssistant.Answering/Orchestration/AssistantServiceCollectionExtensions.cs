using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Answering.Orchestration;

public static class AssistantServiceCollectionExtensions
{
    /// <summary>
    /// Makes <see cref="AssistantService"/> the <see cref="IAnswerService"/>: routing, escalation and the ledger in front
    /// of the knowledge answers. Needs AddSlmAnswering, AddSlmScopeRouting and AddSlmEscalation.
    /// </summary>
    public static IServiceCollection AddSlmAssistant(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.RemoveAll<IAnswerService>();
        services.AddSingleton<IAnswerService, AssistantService>();
        return services;
    }
}
