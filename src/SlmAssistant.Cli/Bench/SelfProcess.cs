using System.Diagnostics;
using System.Reflection;

namespace SlmAssistant.Cli.Bench;

/// <summary>
/// This same `slm` as a child process: the apphost itself, or `dotnet slm.dll` when this process runs under the dotnet
/// host. Its output is read and dropped, so a child that writes much never blocks on a full pipe; disposing kills it
/// with its process tree if it still runs, so a cancelled or failed bench leaves no ingest behind.
/// </summary>
internal sealed class SelfProcess : IDisposable
{
    private SelfProcess(Process process) => Process = process;

    public Process Process { get; }

    public static SelfProcess Start(IEnumerable<string> arguments)
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
        return new SelfProcess(process);
    }

    /// <summary>SIGKILL (TerminateProcess on Windows) to the child and everything it started; false if it had exited.</summary>
    public bool Kill()
    {
        if (Process.HasExited)
        {
            return false;
        }

        Process.Kill(entireProcessTree: true);
        return true;
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // it exited between the check and the kill
        }

        Process.Dispose();
    }
}
