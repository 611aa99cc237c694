using Microsoft.Extensions.Configuration;
using SlmAssistant.Composition;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>The server and the CLI read one layering of settings (SlmConfiguration), so a key changes both alike.</summary>
public sealed class ConfigurationLayersTests : IDisposable
{
    private readonly TempDirectory _work = new("slm-config");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void EachLayerOverridesTheOneBelowFromTheFilesToTheCommandLine()
    {
        Write("appsettings.json", """{ "LayerTest": { "A": "file", "B": "file", "C": "file", "D": "file", "E": "file" } }""");
        Write("appsettings.Staging.json", """{ "LayerTest": { "B": "environment file", "C": "environment file", "D": "environment file", "E": "environment file" } }""");
        Write("appsettings.Local.json", """{ "LayerTest": { "C": "local", "D": "local", "E": "local" } }""");
        var configuration = new ConfigurationManager();
        Environment.SetEnvironmentVariable("LayerTest__D", "environment variable");
        try
        {
            configuration.UseSlmLayers("Staging", _work.Path, ["--LayerTest:E=command line"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("LayerTest__D", null);
        }

        Assert.Equal(
            ["file", "environment file", "local", "environment variable", "command line"],
            new[] { "A", "B", "C", "D", "E" }.Select(key => configuration[$"LayerTest:{key}"]));
    }

    [Fact]
    public async Task TheCliReadsTheEnvironmentFileAndTheLocalFileOfItsWorkingDirectoryAsTheServerDoes()
    {
        Write("appsettings.Staging.json", $$"""{ "Knowledge": { "DataDirectory": "{{Json(_work.Combine("staging-data"))}}" } }""");
        await RunCliAsync("stats", "--json");
        Write("appsettings.Local.json", $$"""{ "Knowledge": { "DataDirectory": "{{Json(_work.Combine("local-data"))}}" } }""");
        var output = await RunCliAsync("stats", "--json");

        Assert.Contains("\"total\": 0", output, StringComparison.Ordinal);
        Assert.True(File.Exists(_work.Combine("staging-data", "knowledge.db")), "the CLI did not read appsettings.Staging.json");
        Assert.True(File.Exists(_work.Combine("local-data", "knowledge.db")), "the CLI did not read appsettings.Local.json over it");
        Assert.False(Directory.Exists(_work.Combine("data")));
    }

    private static string Json(string path) => path.Replace("\\", "/", StringComparison.Ordinal);

    private void Write(string name, string json) => File.WriteAllText(_work.Combine(name), json);

    private Task<string> RunCliAsync(params string[] arguments) => CliProcess.RunAsync(
        arguments, _work.Path, new Dictionary<string, string?> { ["DOTNET_ENVIRONMENT"] = "Staging", ["Knowledge__DataDirectory"] = null });
}
