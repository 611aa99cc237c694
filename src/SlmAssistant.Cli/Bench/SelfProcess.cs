using System.Diagnostics;
using System.Reflection;

namespace SlmAssistant.Cli.Bench;

/// <summary>
/// Starts this same `slm` as a child process: the apphost itself, or `dotnet slm.dll` when this process runs under the
/// dotnet host. Its output is read and dropped, so a child that writes much never blocks on a full pipe.
/// </summary>
internal static class SelfProcess
{
    public static Process Start(IEnumerable<string> arguments)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this process is unknown");
        var info = new ProcessStartInfo(host)
        {
            WorkingDirectory = Directory.GetCurrentDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add((Assembly.GetEntryAssembly() ?? typeof(SelfProcess).Assembly).Location);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start '{host}'");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
