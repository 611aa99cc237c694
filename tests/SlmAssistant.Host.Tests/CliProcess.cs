using System.Diagnostics;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>The `slm` command as a real process, built with this test project (a project reference).</summary>
internal static class CliProcess
{
    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    /// <param name="input">Written to the command's standard input, which is then closed; null leaves the input alone.</param>
    public static Process Start(
        string[] arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null, string? input = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        info.ArgumentList.Add(Assembly());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the CLI");
        if (input is not null)
        {
            process.StandardInput.WriteLine(input);
            process.StandardInput.Close();
        }

        return process;
    }

    /// <summary>Runs the command to its end and returns its output; a non-zero exit fails the test with stderr.</summary>
    public static async Task<string> RunAsync(string[] arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = Start(arguments, workingDirectory, environment);
        var output = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync());
        return output;
    }

    // Take the build of the same configuration as the tests.
    private static string Assembly()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = Path.Combine(RepositoryPaths.Root, "src", "SlmAssistant.Cli", "bin", configuration, "net10.0", "slm.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the CLI first.", path);
    }
}
