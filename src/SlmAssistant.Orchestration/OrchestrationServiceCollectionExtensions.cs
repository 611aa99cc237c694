using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Orchestration;

public static class OrchestrationServiceCollectionExtensions
{
    /// <summary>
    /// Makes <see cref="AssistantService"/> the <see cref="IAnswerService"/>, in any order with the other registrations
    /// (the last single registration wins, and Answering only adds its own when none exists). Needs the ports it
    /// orchestrates: <c>ILocalAnswerer</c> (AddSlmAnswering), <c>IAnswerRouter</c> (AddSlmScopeRouting),
    /// <c>ICloudEscalation</c>, <c>IAnswerLedger</c> and <c>IPiiRedactor</c> (AddSlmEscalation), <c>IDomainCatalog</c>.
    /// </summary>
    public static IServiceCollection AddSlmOrchestration(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AssistantService>();
        services.AddSingleton<IAnswerService>(provider => provider.GetRequiredService<AssistantService>());
        return services;
    }
}
