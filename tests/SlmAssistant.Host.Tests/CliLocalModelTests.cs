using System.Text.Json;
using Microsoft.Data.Sqlite;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>
/// `slm model create-tiny` then `slm ask` with it, as the README tells a user to try the local model: the default
/// prompt fits the tiny model's default context, and ONNX Runtime's native log stays off the console.
/// </summary>
public sealed class CliLocalModelTests : IDisposable
{
    private readonly TempDirectory _data = new("slm-cli-model");
    private readonly TempDirectory _model = new("slm-cli-tiny");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
        _model.Dispose();
    }

    [Fact]
    public async Task AskWithTheTinyModelAnswersAndPrintsNoNativeOnnxRuntimeWarnings()
    {
        await CliProcess.RunAsync(["ingest", Path.Combine(RepositoryPaths.Knowledge, "return-policy"), "--data", _data.Path, "--json"]);
        await CliProcess.RunAsync(["model", "create-tiny", _model.Path]);

        using var ask = CliProcess.Start(
            ["ask", "How many days do I have to return an item?", "--data", _data.Path],
            environment: new Dictionary<string, string?> { ["Slm__ModelPath"] = _model.Path });
        var stdout = ask.StandardOutput.ReadToEndAsync();
        var stderr = ask.StandardError.ReadToEndAsync();
        await ask.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var output = await stdout + await stderr;

        Assert.True(ask.ExitCode == 0, output);
        Assert.Contains("mode slm", output, StringComparison.Ordinal);
        Assert.DoesNotContain("leaves no room for a reply", output, StringComparison.Ordinal);

        // "[W:onnxruntime:onnxruntime-genai, graph.cc:1492 Graph] Initializer lora.A appears in graph inputs ..." before.
        Assert.DoesNotContain("onnxruntime", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("lora.A", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchGenerateMeasuresTheProductAndABareLoopAtEachConcurrencyOnTheModelsShape()
    {
        await CliProcess.RunAsync(["model", "create-tiny", _model.Path]);

        var output = await CliProcess.RunAsync(
            ["bench", "generate", "--model", _model.Path, "--concurrency", "1,3", "--tokens", "16", "--rounds", "2", "--data", _data.Path, "--json"]);

        using var report = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        var model = report.RootElement.GetProperty("model");
        Assert.Equal(1, model.GetProperty("layers").GetInt32());
        Assert.Equal(262, model.GetProperty("vocabularySize").GetInt32());
        var runs = report.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(["bare/1", "sequential/1", "bare/3", "sequential/3"], runs.Select(r => $"{r.GetProperty("mode").GetString()}/{r.GetProperty("concurrency").GetInt32()}"));
        Assert.All(runs, run =>
        {
            Assert.Equal(2 * run.GetProperty("concurrency").GetInt32(), run.GetProperty("requests").GetInt32());
            Assert.Equal(16 * run.GetProperty("requests").GetInt32(), run.GetProperty("outputTokens").GetInt64());
            Assert.True(run.GetProperty("aggregateTokensPerSecond").GetDouble() > 0);
            Assert.True(run.GetProperty("ttftP95Ms").GetDouble() >= run.GetProperty("ttftP50Ms").GetDouble());
            Assert.True(run.GetProperty("rssMb").GetDouble() > 0);
        });
    }
}
