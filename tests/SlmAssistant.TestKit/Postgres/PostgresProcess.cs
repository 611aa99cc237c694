using System.Diagnostics;

namespace SlmAssistant.TestKit.Postgres;

/// <summary>Runs one PostgreSQL program to its end, bounded in time, as the postgres user when this process is root.</summary>
internal static class PostgresProcess
{
    public static bool RunningAsRoot => Environment.UserName == "root";

    public static async Task RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (RunningAsRoot)
        {
            // initdb and postgres refuse to run as root.
            start.FileName = "runuser";
            foreach (var argument in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        await RunAsync(start, timeout);
    }

    public static async Task RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout.TotalSeconds:F0} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{start.FileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
