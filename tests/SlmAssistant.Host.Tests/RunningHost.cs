using Microsoft.AspNetCore.Builder;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>The real host on Kestrel at 127.0.0.1 on a free port, with its store in a temp folder.</summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory _data;

    private RunningHost(WebApplication app, TempDirectory data, Uri address)
    {
        _app = app;
        _data = data;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    /// <summary>The host's data directory (knowledge.db lives here).</summary>
    public string DataDirectory => _data.Path;

    public IServiceProvider Services => _app.Services;

    public static Task<RunningHost> StartAsync(string knowledgePath, params string[] extraSettings) =>
        StartAsync(knowledgePath, configure: null, extraSettings);

    /// <param name="configure">Adds test services (an in-memory exporter …) after the product's own.</param>
    public static async Task<RunningHost> StartAsync(string knowledgePath, Action<WebApplicationBuilder>? configure, params string[] extraSettings)
    {
        var data = new TempDirectory("slm-host");
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Knowledge:DataDirectory={data.Path}",
            $"--Seeding:Path={knowledgePath}",
            $"--Answering:PluginsDirectory={RepositoryPaths.Plugins}",
            $"--Routing:ExemplarsDirectory={Path.Combine(RepositoryPaths.Plugins, "Scope", "exemplars")}",
            "--Logging:LogLevel:Default=Warning",
            .. extraSettings,
        ];
        var app = HostApp.Build(args, configure);
        await app.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return new RunningHost(app, data, new Uri(app.Urls.First()));
    }

    /// <summary>Polls /health until its status is one of <paramref name="statuses"/>; returns the last body.</summary>
    public async Task<string> WaitForHealthAsync(TimeSpan timeout, params string[] statuses)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var body = string.Empty;
        while (DateTimeOffset.UtcNow < deadline)
        {
            // Unhealthy answers 503 with the same JSON body.
            using var response = await Client.GetAsync(new Uri("/health", UriKind.Relative));
            body = await response.Content.ReadAsStringAsync();
            if (statuses.Any(s => body.StartsWith($"{{\"status\":\"{s}\"", StringComparison.Ordinal)))
            {
                return body;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"/health did not reach {string.Join("/", statuses)} in {timeout}: {body}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
