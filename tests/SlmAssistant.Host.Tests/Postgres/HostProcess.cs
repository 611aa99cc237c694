using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests.Postgres;

/// <summary>
/// The real host as a process of its own (the build this test project references), on a free loopback port, with
/// everything it writes to the console kept: what an operator would see when it starts.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _console = new();
    private readonly TempDirectory _data;

    private HostProcess(Process process, TempDirectory data, int port)
    {
        _process = process;
        _data = data;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Everything written to stdout and stderr so far.</summary>
    public string Console
    {
        get
        {
            lock (_console)
            {
                return _console.ToString();
            }
        }
    }

    /// <param name="environment">Settings given the way a deployment gives secrets: as environment variables.</param>
    public static HostProcess Start(string knowledgePath, IReadOnlyDictionary<string, string> environment, params string[] settings)
    {
        var data = new TempDirectory("slm-host-process");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = data.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        string[] arguments =
        [
            HostAssembly(),
            $"--urls=http://127.0.0.1:{port}",
            $"--Knowledge:DataDirectory={Path.Combine(data.Path, "data")}",
            $"--Seeding:Path={knowledgePath}",
            $"--Answering:PluginsDirectory={RepositoryPaths.Plugins}",
            $"--Routing:ExemplarsDirectory={Path.Combine(RepositoryPaths.Plugins, "Scope", "exemplars")}",
            .. settings,
        ];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the host");
        return new HostProcess(process, data, port);
    }

    /// <summary>Polls /health (as a caller on this machine: with the checks) until <paramref name="done"/>; returns the body.</summary>
    public async Task<JsonElement> WaitForHealthAsync(Func<JsonElement, bool> done, string what, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var body = string.Empty;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}: {Console}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/health", UriKind.Relative));
                body = await response.Content.ReadAsStringAsync();
                var health = JsonDocument.Parse(body).RootElement.Clone();
                if (done(health))
                {
                    return health;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"/health did not show {what} in {timeout}: {body}\n{Console}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
        _data.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_console)
        {
            _console.AppendLine(line);
        }
    }

    // Take the build of the same configuration as the tests.
    private static string HostAssembly()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = Path.Combine(RepositoryPaths.Root, "src", "SlmAssistant.Host", "bin", configuration, "net10.0", "SlmAssistant.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the host first.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
