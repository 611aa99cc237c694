using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace SlmAssistant.Bot.Channel;

/// <summary>
/// Client-credentials tokens for the Bot Framework connector, from MSAL: one confidential client for the app's
/// lifetime, whose cache hands out a token until shortly before it expires.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    public const string DefaultTenant = "botframework.com";

    private readonly BotOptions _options;
    private readonly Lazy<IConfidentialClientApplication>? _client;

    public MsalBotTokenProvider(IOptions<BotOptions> options, MsalHttpClientFactory httpClients)
    {
        _options = options.Value;
        if (!string.IsNullOrWhiteSpace(_options.MicrosoftAppId))
        {
            _client = new Lazy<IConfidentialClientApplication>(() => Build(_options, httpClients));
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_client is null)
        {
            return null;
        }

        var result = await _client.Value.AcquireTokenForClient([_options.TokenScope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private static IConfidentialClientApplication Build(BotOptions options, MsalHttpClientFactory httpClients)
    {
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            throw new InvalidOperationException(
                "Bot:MicrosoftAppPassword is required with Bot:MicrosoftAppId to post replies to the channel.");
        }

        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithHttpClientFactory(httpClients);
        var tenant = string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) ? DefaultTenant : options.MicrosoftAppTenantId;

        // A configured authority (a sovereign cloud, or a test's token server) is used as given, without Entra discovery.
        builder = string.IsNullOrWhiteSpace(options.TokenAuthority)
            ? builder.WithAuthority(AzureCloudInstance.AzurePublic, tenant)
            : builder.WithAuthority(options.TokenAuthority, validateAuthority: false).WithInstanceDiscovery(false);
        return builder.Build();
    }
}
