using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Bot.Channel;

namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>
/// An Entra-like token endpoint over HTTPS on 127.0.0.1 ({tenant}/oauth2/v2.0/token) that grants client-credentials
/// requests and records their form fields. MSAL reaches it through the bot's named HttpClient, which trusts only this
/// server's certificate.
/// </summary>
public sealed class FakeTokenServer : IAsyncDisposable
{
    public const string AccessToken = "fake-connector-access-token";

    private readonly X509Certificate2 _certificate = TestCertificate.CreateForLoopback();
    private LocalServer? _server;

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Requests { get; } = new();

    public string Authority(string tenant) => new Uri(_server!.BaseAddress, tenant).ToString();

    public static async Task<FakeTokenServer> StartAsync()
    {
        var fake = new FakeTokenServer();
        fake._server = await LocalServer.StartAsync(
            app => app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http) =>
            {
                var form = await http.Request.ReadFormAsync();
                fake.Requests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
                return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = AccessToken });
            }),
            fake._certificate);
        return fake;
    }

    /// <summary>Makes the bot's MSAL client trust this server's certificate (and nothing else self-signed).</summary>
    public void Trust(IServiceCollection services)
    {
        var thumbprint = _certificate.Thumbprint;
        services.AddHttpClient(MsalHttpClientFactory.ClientName).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || certificate?.Thumbprint == thumbprint,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _certificate.Dispose();
    }
}
