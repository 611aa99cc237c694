using System.Text.Json.Nodes;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>
/// `slm finetune job` then `slm finetune import` as real processes, on the tiny model: the job folder is written for
/// the model's LoRA inputs, the GPU box's work is stood in for by the tiny model's own adapter, and the import
/// registers it, or refuses a truncated copy and registers nothing.
/// </summary>
public sealed class CliFineTuningTests : IDisposable
{
    private const string Example = """{"messages":[{"role":"user","content":"[1] Returns take 30 days.\nHow long?"},{"role":"assistant","content":"30 days [1]."}],"document":"returns.md","origin":"synthetic"}""";
    private readonly TempDirectory _temp = new("slm-cli-finetune");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task AJobForTheTinyModelComesBackAsARegisteredCandidate()
    {
        var (model, job) = await WriteJobAsync();
        var output = Directory.CreateDirectory(Path.Combine(job, "output")).FullName;
        File.Copy(Path.Combine(model, "support.onnx_adapter"), Path.Combine(output, "support.onnx_adapter"));

        var printed = await CliProcess.RunAsync(["finetune", "import", output, "--model", model, "--json"]);

        var registered = Assert.Single(JsonNode.Parse(printed)!["registered"]!.AsArray());
        Assert.Equal("support", registered!["name"]!.GetValue<string>());
        var jobId = JsonNode.Parse(File.ReadAllText(Path.Combine(job, "job.json")))!["id"]!.GetValue<string>();
        Assert.Equal(jobId, registered["sourceJob"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(model, "candidates", "support.onnx_adapter")));
        Assert.Contains(jobId, File.ReadAllText(Path.Combine(model, "candidates", "candidates.json")));
    }

    [Fact]
    public async Task ATruncatedAdapterExitsWithAnErrorAndRegistersNothing()
    {
        var (model, job) = await WriteJobAsync();
        var output = Directory.CreateDirectory(Path.Combine(job, "output")).FullName;
        var bytes = await File.ReadAllBytesAsync(Path.Combine(model, "support.onnx_adapter"));
        await File.WriteAllBytesAsync(Path.Combine(output, "support.onnx_adapter"), bytes[..(bytes.Length / 3)]);

        using var import = CliProcess.Start(["finetune", "import", output, "--model", model, "--json"]);
        var printed = await import.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await import.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, import.ExitCode);
        var refused = Assert.Single(JsonNode.Parse(printed)!["refused"]!.AsArray());
        Assert.Contains("truncated", refused!["reason"]!.GetValue<string>());
        Assert.False(File.Exists(Path.Combine(model, "candidates", "candidates.json")));
    }

    /// <summary>A tiny model (with its support adapter), a two-file dataset, and the job written for them.</summary>
    private async Task<(string Model, string Job)> WriteJobAsync()
    {
        var model = _temp.Combine("model");
        await CliProcess.RunAsync(["model", "create-tiny", model, "--script", "Base reply.", "--adapter-script", "Adapter reply."]);
        var dataset = Directory.CreateDirectory(_temp.Combine("dataset")).FullName;
        await File.WriteAllLinesAsync(Path.Combine(dataset, "train.jsonl"), [Example, Example]);
        await File.WriteAllLinesAsync(Path.Combine(dataset, "validation.jsonl"), [Example]);
        var job = _temp.Combine("job");

        await CliProcess.RunAsync(["finetune", "job", "--dataset", dataset, "--base", "microsoft/Phi-3.5-mini-instruct",
            "--onnx", model, "--out", job, "--name", "support", "--rank", "4"]);

        var lora = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(job, "job.json")))!["lora"]!;
        Assert.Equal(4, lora["rank"]!.GetValue<int>());
        Assert.Equal("lora", Assert.Single(lora["targetModules"]!.AsArray())!.GetValue<string>());
        return (model, job);
    }
}
