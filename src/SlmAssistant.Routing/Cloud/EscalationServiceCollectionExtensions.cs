using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SlmAssistant.Abstractions.Ledger;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Routing.Cloud.Audit;
using SlmAssistant.Routing.Cloud.Filters;
using SlmAssistant.Routing.Cloud.Resilience;
using SlmAssistant.Routing.Ledger;
using SlmAssistant.Routing.Redaction;
using SlmAssistant.Storage;

namespace SlmAssistant.Routing.Cloud;

public static class EscalationServiceCollectionExtensions
{
    /// <summary>
    /// Registers PII redaction, the cloud escalation (keyed "cloud" IChatCompletionService on a resilient HttpClient,
    /// <see cref="CloudEscalator"/>, the kernel redaction filter), the escalation audit trail and the answer ledger.
    /// With Escalation:Provider = None (the default) the "cloud" service resolves to null and nothing is ever sent.
    /// </summary>
    public static IServiceCollection AddSlmEscalation(this IServiceCollection services)
    {
        services.AddSlmStorage();
        services.AddOptions<EscalationOptions>()
            .BindConfiguration(EscalationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EscalationOptions>, EscalationOptionsValidator>());
        services.AddOptions<LedgerOptions>()
            .BindConfiguration(LedgerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPiiRedactor, PiiRedactor>();
        services.TryAddSingleton<LedgerDatabase>();
        services.TryAddSingleton<CostEstimator>();
        services.TryAddSingleton<QuestionHash>();
        services.TryAddSingleton<AnswerLedger>();
        services.TryAddSingleton<IAnswerLedger>(sp => sp.GetRequiredService<AnswerLedger>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRetainedQuestions, AnswerLedger>(sp => sp.GetRequiredService<AnswerLedger>()));
        services.TryAddSingleton<IEscalationAuditTrail, SqliteEscalationAuditTrail>();

        services.AddHttpClient(CloudServiceKeys.HttpClient, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddResilienceHandler(CloudServiceKeys.HttpClient, static (pipeline, context) =>
                CloudResiliencePipeline.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<EscalationOptions>>().Value));

        // Null when disabled: consumers take it as optional ([FromKeyedServices("cloud")] IChatCompletionService? cloud = null).
        services.AddKeyedSingleton<IChatCompletionService>(CloudServiceKeys.Cloud, static (provider, _) => CloudChatCompletionFactory.Create(provider)!);
        services.TryAddSingleton<CloudEscalator>();
        services.TryAddSingleton<ICloudEscalation>(static provider => provider.GetRequiredService<CloudEscalator>());

        services.TryAddSingleton<CloudRedactionFilter>();
        services.AddSingleton<IPromptRenderFilter>(static provider => provider.GetRequiredService<CloudRedactionFilter>());
        services.AddSingleton<IFunctionInvocationFilter>(static provider => provider.GetRequiredService<CloudRedactionFilter>());
        return services;
    }
}
