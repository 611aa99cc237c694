using Microsoft.Identity.Client;

namespace SlmAssistant.Bot.Channel;

/// <summary>Gives MSAL the host's named HttpClient, so proxies, handlers and certificates are configured in DI.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "SlmAssistant.Bot.Msal";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}
