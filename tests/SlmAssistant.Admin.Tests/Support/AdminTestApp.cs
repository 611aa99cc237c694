using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SlmAssistant.Admin.Features.SignIn;
using SlmAssistant.Answering;
using SlmAssistant.Bot;
using SlmAssistant.Embeddings;
using SlmAssistant.Ingestion;
using SlmAssistant.Retrieval;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.TestKit;

namespace SlmAssistant.Admin.Tests.Support;

/// <summary>
/// The console composed as the host composes it (real embeddings, SQLite store, hybrid search, ingestion pipeline and
/// answer service) on real Kestrel at 127.0.0.1 with a random port, over a data directory the test owns.
/// </summary>
public sealed class AdminTestApp : IAsyncDisposable
{
    public const string UserName = "alice";
    public const string Password = "correct horse battery staple";

    private static readonly Lazy<string> PasswordHash = new(() => PasswordHasher.Hash(Password));
    private static readonly Lazy<(string Key, string Hash)> Key = new(ApiKeyGenerator.Create);

    private readonly WebApplication _app;

    private AdminTestApp(WebApplication app, Uri baseAddress, string dataDirectory)
    {
        _app = app;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
    }

    public static string ApiKey => Key.Value.Key;

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<AdminTestApp> StartAsync(
        string dataDirectory,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        string environmentName = "Development")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environmentName,
            ApplicationName = typeof(AdminTestApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var values = new Dictionary<string, string?>
        {
            ["Knowledge:DataDirectory"] = dataDirectory,
            ["Answering:PluginsDirectory"] = RepositoryPaths.Plugins,
            ["Admin:KnowledgePath"] = Path.Combine(dataDirectory, "knowledge"),
            ["Admin:Users:0:UserName"] = UserName,
            ["Admin:Users:0:PasswordHash"] = PasswordHash.Value,
            ["Admin:ApiKeys:0:Name"] = "tests",
            ["Admin:ApiKeys:0:Hash"] = Key.Value.Hash,
            ["Ingestion:Queue:PollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddSlmEmbeddings();
        builder.Services.AddSlmRetrieval();
        builder.Services.AddSlmIngestion();
        builder.Services.AddSlmAnswering();
        builder.Services.AddSlmEscalation();
        builder.Services.AddSlmConversations();
        builder.Services.AddSlmAdmin();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapSlmAdmin();
        await app.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AdminTestApp(app, new Uri(address), dataDirectory);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    /// <param name="from">The loopback address the client connects from (127.0.0.2 …): another client address to the console.</param>
    public HttpClient CreateClient(IPAddress? from = null)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        if (from is not null)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient CreateApiClient(string? key = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(AdminAuthentication.ApiKeyHeader, key ?? ApiKey);
        return client;
    }

    /// <summary>Signs in through the sign-in page, as a browser would; the client then carries the session cookie.</summary>
    public async Task<HttpClient> SignInAsync()
    {
        var client = CreateClient();
        var response = await AdminForms.PostFormAsync(client, "/admin/login", new() { ["UserName"] = UserName, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
