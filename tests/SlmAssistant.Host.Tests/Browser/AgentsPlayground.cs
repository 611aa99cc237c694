using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests.Browser;

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground, pinned by Playground/package-lock.json),
/// a Teams-like client, started on a free loopback port against a bot endpoint with channel msteams. Installed with
/// npm on first use when missing; its mocked connector is told to call back on 127.0.0.1.
/// </summary>
public sealed partial class AgentsPlayground : IAsyncDisposable
{
    private static readonly string PackageDirectory = Path.Combine(RepositoryPaths.Root, "tests", "SlmAssistant.Host.Tests", "Playground");
    private static readonly string Cli = Path.Combine(PackageDirectory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    private readonly Process _process;
    private readonly TempDirectory _work;

    private AgentsPlayground(Process process, TempDirectory work, Uri address)
    {
        _process = process;
        _work = work;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<AgentsPlayground> StartAsync(Uri botMessages, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(botMessages);
        await EnsureInstalledAsync(timeout);
        var port = FreePort();
        var work = new TempDirectory("slm-playground");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = work.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     Cli, "-e", botMessages.ToString(), "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--disable-telemetry", "--service-url", $"http://127.0.0.1:{port}/_connector",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        // No browser of its own; its log file in the scratch folder.
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(work.Path, "playground.log");
        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data is not null && Listening().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var actual = await listening.Task.WaitAsync(timeout);
            Assert.True(actual == port, $"The playground listens on {actual}, not on {port}: its connector URL would be wrong.");
            return new AgentsPlayground(process, work, new Uri($"http://127.0.0.1:{actual}"));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            work.Dispose();
            lock (output)
            {
                throw new TimeoutException($"The Agents Playground did not start in {timeout}:\n{output}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
        _work.Dispose();
    }

    private static async Task EnsureInstalledAsync(TimeSpan timeout)
    {
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(Cli))
            {
                return;
            }

            var npm = new ProcessStartInfo("npm", "ci --ignore-scripts --no-audit --no-fund --loglevel=error")
            {
                WorkingDirectory = PackageDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var install = Process.Start(npm) ?? throw new InvalidOperationException("npm could not be started");
            var error = install.StandardError.ReadToEndAsync();
            await install.WaitForExitAsync().WaitAsync(timeout * 4);
            Assert.True(install.ExitCode == 0 && File.Exists(Cli), $"npm ci in {PackageDirectory} failed: {await error}");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex Listening();
}
