using System.Text.Json.Nodes;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Models;
using SlmAssistant.Tools.FineTuning;
using SlmAssistant.Tools.FineTuning.Job;
using SlmAssistant.Tools.FineTuning.Onnx;
using SlmAssistant.Tools.TinyModel.Onnx;

namespace SlmAssistant.Tools.Tests.FineTuning;

/// <summary>
/// <c>slm finetune job</c>: the job folder it writes, read back as the GPU box would read it (job.json, the Olive
/// workflow, train.py), against ONNX models whose LoRA inputs are known.
/// </summary>
[Collection(TinyModels.Name)]
public sealed class FineTuningJobTests(TinyModelFixture models) : IDisposable
{
    private readonly TempDirectory _temp = new("slm-job");

    [Fact]
    public void TheJobTrainsTheModulesAndRankOfTheOnnxLoraInputs()
    {
        var onnx = WriteModel("phi-like", rank: 8, "qkv_proj", "o_proj");

        var job = FineTuningJobWriter.Write(Settings(onnx));

        var manifest = ReadJson(job.Directory, "job.json");
        Assert.Equal(["qkv_proj", "o_proj"], Strings(manifest["lora"]!["targetModules"]!));
        Assert.Equal(8, manifest["lora"]!["rank"]!.GetValue<int>());
        Assert.True(manifest["lora"]!["rankFixedByModel"]!.GetValue<bool>());
        Assert.Equal(16, manifest["lora"]!["alpha"]!.GetValue<int>());
        Assert.Equal(8, manifest["onnx"]!["loraInputs"]!.AsArray().Count);

        var lora = ReadJson(job.Directory, "olive-workflow.json")["passes"]!["lora"]!;
        Assert.Equal("LoRA", lora["type"]!.GetValue<string>());
        Assert.Equal(["qkv_proj", "o_proj"], Strings(lora["target_modules"]!));
        Assert.Equal(8, lora["r"]!.GetValue<int>());

        // train.py takes its LoRA settings from job.json, the file checked above.
        var script = File.ReadAllText(Path.Combine(job.Directory, "train.py"));
        Assert.Contains("target_modules=lora[\"targetModules\"]", script);
        Assert.Contains("r=lora[\"rank\"]", script);
    }

    [Fact]
    public void TheJobFolderHoldsEveryFileAndJobJsonHashesMatchThem()
    {
        var job = FineTuningJobWriter.Write(Settings(WriteModel("hashes", rank: 4, "q_proj")));

        string[] expected = ["README.md", "data/dataset-card.json", "data/train.jsonl", "data/validation.jsonl",
            "job.json", "olive-workflow.json", "requirements.txt", "run.sh", "train.py"];
        var present = Directory.GetFiles(job.Directory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(job.Directory, path).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(expected, present);

        var hashes = ReadJson(job.Directory, "job.json")["files"]!.AsObject();
        Assert.Equal(expected.Where(file => file != "job.json"), hashes.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.All(hashes, pair => Assert.Equal(FileHashes.Sha256(Path.Combine(job.Directory, pair.Key)), pair.Value!.GetValue<string>()));
        Assert.Equal(File.ReadAllText(_temp.Combine("dataset", "train.jsonl")), File.ReadAllText(Path.Combine(job.Directory, "data", "train.jsonl")));
        Assert.Contains("output/support.onnx_adapter", File.ReadAllText(Path.Combine(job.Directory, "README.md")));
        Assert.Contains("--output_path output/support.onnx_adapter", File.ReadAllText(Path.Combine(job.Directory, "run.sh")));
    }

    [Fact]
    public void RequirementsPinEveryPackageTheJobUses()
    {
        var job = FineTuningJobWriter.Write(Settings(WriteModel("pins", rank: 4, "q_proj")));

        var pins = File.ReadAllLines(Path.Combine(job.Directory, "requirements.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split("=="))
            .ToDictionary(parts => parts[0], parts => parts.Length == 2 ? parts[1] : "");
        Assert.All(new[] { "torch", "transformers", "peft", "trl", "datasets", "accelerate", "olive-ai", "onnxruntime-genai" },
            package => Assert.Matches(@"^\d+\.\d+(\.\d+)?$", pins.GetValueOrDefault(package, "")));
    }

    [Fact]
    public void TheTinyModelsSymbolicRankTakesTheRequestedRank()
    {
        var job = FineTuningJobWriter.Write(Settings(models.Scripted.Directory) with { Rank = 4 });

        var lora = ReadJson(job.Directory, "job.json")["lora"]!;
        Assert.Equal(["lora"], Strings(lora["targetModules"]!));
        Assert.Equal(4, lora["rank"]!.GetValue<int>());
        Assert.False(lora["rankFixedByModel"]!.GetValue<bool>());
    }

    [Fact]
    public void ARankTheOnnxInputsDoNotTakeIsAnError()
    {
        var onnx = WriteModel("fixed", rank: 8, "q_proj");

        var error = Assert.Throws<ArgumentException>(() => FineTuningJobWriter.Write(Settings(onnx) with { Rank = 16 }));

        Assert.Contains("rank 8", error.Message);
    }

    [Fact]
    public void AModelWithoutLoraInputsIsRefused()
    {
        var g = new OnnxGraphBuilder();
        g.Input("input_ids", OnnxElementType.Int64, "batch_size", "sequence_length");
        var onnx = Directory.CreateDirectory(_temp.Combine("plain")).FullName;
        File.WriteAllBytes(Path.Combine(onnx, "model.onnx"), g.ToModel("plain", 17, "test"));

        var error = Assert.Throws<InvalidDataException>(() => FineTuningJobWriter.Write(Settings(onnx)));

        Assert.Contains("no LoRA inputs", error.Message);
    }

    [Fact]
    public void TheInputReaderSeesTheTinyModelsInputsShapesAndDefaults()
    {
        var inputs = OnnxInputReader.Read(models.Scripted.ModelPath).ToDictionary(input => input.Name);

        Assert.Equal(7, inputs["input_ids"].ElementType);
        Assert.Equal("[batch_size, sequence_length]", inputs["input_ids"].ShapeText);
        Assert.Equal($"[{models.Scripted.VocabularySize}, lora_rank]", inputs["lora.A"].ShapeText);
        Assert.True(inputs["lora.A"].HasDefault);
        Assert.False(inputs["input_ids"].HasDefault);
    }

    public void Dispose() => _temp.Dispose();

    private FineTuningJobSettings Settings(string onnx)
    {
        var dataset = _temp.Combine("dataset");
        if (!Directory.Exists(dataset))
        {
            Directory.CreateDirectory(dataset);
            const string Line = """{"messages":[{"role":"system","content":"Answer from the sources."},{"role":"user","content":"[1] Returns take 30 days.\nHow long for returns?"},{"role":"assistant","content":"30 days [1]."}],"document":"returns.md","origin":"synthetic"}""";
            File.WriteAllLines(Path.Combine(dataset, "train.jsonl"), [Line, Line, Line]);
            File.WriteAllLines(Path.Combine(dataset, "validation.jsonl"), [Line]);
            File.WriteAllText(Path.Combine(dataset, "dataset-card.json"), """{"examples":4}""");
        }

        return new FineTuningJobSettings
        {
            DatasetDirectory = dataset,
            BaseModel = "microsoft/Phi-3.5-mini-instruct",
            OnnxModel = onnx,
            OutputDirectory = _temp.Combine("job-" + Guid.NewGuid().ToString("N")),
            AdapterName = "support",
        };
    }

    /// <summary>An ONNX model whose LoRA inputs are named as Olive's ExtractAdapters names them, for two layers.</summary>
    private string WriteModel(string name, int rank, params string[] modules)
    {
        const int Hidden = 16;
        var g = new OnnxGraphBuilder();
        g.Input("input_ids", OnnxElementType.Int64, "batch_size", "sequence_length");
        foreach (var layer in new[] { 0, 1 })
        {
            foreach (var module in modules)
            {
                g.Input($"model.layers.{layer}.self_attn.{module}.lora_A.weight", OnnxElementType.Float, Hidden, rank);
                g.Input($"model.layers.{layer}.self_attn.{module}.lora_B.weight", OnnxElementType.Float, rank, Hidden);
            }
        }

        var folder = Directory.CreateDirectory(_temp.Combine(name)).FullName;
        File.WriteAllBytes(Path.Combine(folder, "model.onnx"), g.ToModel(name, 17, "test"));
        return folder;
    }

    private static JsonNode ReadJson(string directory, string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(directory, file)))!;

    private static List<string> Strings(JsonNode array) => [.. array.AsArray().Select(node => node!.GetValue<string>())];
}
