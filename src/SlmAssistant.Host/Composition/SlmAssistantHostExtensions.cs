using SlmAssistant.Admin;
using SlmAssistant.Bot;
using SlmAssistant.Composition;
using SlmAssistant.Host.Features.LocalModel;
using SlmAssistant.Host.Features.OpenAI;
using SlmAssistant.Host.Features.Seeding;
using SlmAssistant.Host.Features.Storage;

namespace SlmAssistant.Host.Composition;

public static class SlmAssistantHostExtensions
{
    /// <summary>
    /// The product: the assistant the CLI also runs (<see cref="SlmAssistantServiceCollectionExtensions.AddSlmAssistantCore"/>),
    /// plus what only a server has: the bot channels (Bot Framework, Direct Line, widget), the admin console, the
    /// local model's warm-up, the storage's health and start-up report, start-up seeding of knowledge/ and the OpenAI-compatible endpoint (off by default).
    /// </summary>
    public static WebApplicationBuilder AddSlmAssistant(this WebApplicationBuilder builder)
    {
        builder.Services.AddSlmAssistantCore(builder.Configuration);
        builder.Services.AddSlmBot();
        builder.Services.AddSlmAdmin();
        builder.Services.AddHostedService<LocalModelWarmup>();
        builder.Services.AddHealthChecks().AddCheck<LocalModelHealthCheck>("model");
        builder.Services.AddHostedService<StorageLayoutReport>();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");

        builder.Services.AddOptions<SeedingOptions>()
            .BindConfiguration(SeedingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SeedingState>();
        builder.Services.AddHostedService<KnowledgeSeedingService>();
        builder.Services.AddHealthChecks().AddCheck<SeedingHealthCheck>("knowledge");
        builder.AddOpenAIServing();
        return builder;
    }
}
