using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Conversations;
using SlmAssistant.Bot.Api;
using SlmAssistant.Bot.Auth;
using SlmAssistant.Bot.Channel;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.DirectLine;
using SlmAssistant.Bot.Handoff;
using SlmAssistant.Bot.Turns;
using SlmAssistant.Bot.Widget;
using SlmAssistant.Storage;

namespace SlmAssistant.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// The conversation store and the API's conversations alone (the CLI's <c>slm ask --conversation</c>), without
    /// the channels. <see cref="AddSlmBot"/> includes it. The host provides IPiiRedactor (AddSlmEscalation): what the
    /// store keeps is redacted, and without a redactor the store does not start.
    /// </summary>
    public static IServiceCollection AddSlmConversations(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConversationsOptions>().BindConfiguration(ConversationsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSlmStorage();
        services.AddSlmDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConversationDatabase>();
        services.TryAddSingleton<TranscriptRedactor>();
        services.TryAddSingleton<ConversationOriginals>();
        services.TryAddSingleton<ConversationRetention>();
        services.TryAddSingleton<IConversationStore, SqliteConversationStore>();
        services.TryAddSingleton<IConversationHistory, SqliteConversationHistory>();
        services.TryAddSingleton<ApiConversations>();
        return services;
    }

    /// <summary>
    /// Registers the customer-service bot: the Bot Framework channel (/api/messages), Direct Line served by this host,
    /// the widget and the conversation store. The host provides IAnswerService and IDomainCatalog.
    /// </summary>
    public static IServiceCollection AddSlmBot(this IServiceCollection services)
    {
        services.AddSlmConversations();
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient();

        services.AddSlmConversations();
        services.AddSingleton<HandoffCoordinator>();

        services.AddHostedService<ConversationRetentionService>();

        services.AddSingleton<MessageTurnHandler>();
        services.AddSingleton<WelcomeBuilder>();
        services.AddSingleton<CustomerServiceBot>();
        services.AddSingleton<BotTurnDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<BotTurnDispatcher>());

        services.AddAuthentication().AddJwtBearer(BotAuthenticationDefaults.Scheme, _ => { });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureBotJwtBearer>();
        services.AddSingleton<BotChannelAuthenticationFilter>();
        services.AddHostedService<BotStartupReport>();
        services.AddSingleton<MsalHttpClientFactory>();
        services.AddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        // No redirects: a reply goes to the serviceUrl that was checked (ReplyTargetPolicy), not wherever it points on to.
        services.AddHttpClient<ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });

        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthorizer>();
        services.AddSingleton<DirectLineHub>();
        services.AddSingleton<DirectLineChannel>();
        services.AddSingleton<DirectLineWebSocket>();
        services.AddSingleton<CorsFilter>();

        services.AddSingleton<WidgetAssets>();
        services.AddSingleton<WidgetTokenLimiter>();
        return services;
    }
}
