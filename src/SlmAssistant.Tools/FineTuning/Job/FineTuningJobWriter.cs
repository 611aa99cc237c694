using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SlmAssistant.Tools.FineTuning.Onnx;

namespace SlmAssistant.Tools.FineTuning.Job;

/// <summary>
/// Writes a self-contained LoRA training job for a GPU box (PyTorch cannot run here): the dataset, pinned
/// requirements, train.py (TRL/PEFT), an Olive workflow, run.sh, a README and job.json. The LoRA targets and rank
/// come from the ONNX build's adapter inputs, so the adapter the job produces loads into that build.
/// </summary>
public static class FineTuningJobWriter
{
    public const string JobFile = "job.json";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly string[] WrittenFiles = ["requirements.txt", "train.py", "olive-workflow.json", "run.sh", "README.md"];

    public static FineTuningJob Write(FineTuningJobSettings settings, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.AdapterName.Length == 0 || settings.AdapterName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"Adapter name '{settings.AdapterName}' is not a valid file name.", nameof(settings));
        }

        var train = Path.Combine(settings.DatasetDirectory, "train.jsonl");
        if (!File.Exists(train))
        {
            throw new FileNotFoundException($"No train.jsonl in {settings.DatasetDirectory} (write one with slm finetune dataset).", train);
        }

        if (Directory.Exists(settings.OutputDirectory) && Directory.EnumerateFileSystemEntries(settings.OutputDirectory).Any())
        {
            throw new IOException($"{settings.OutputDirectory} is not empty; a job folder is written once.");
        }

        var modelFile = OnnxModelLocator.Locate(settings.OnnxModel);
        var layout = LoraLayout.From(OnnxInputReader.Read(modelFile));
        if (layout.IsEmpty)
        {
            throw new InvalidDataException($"{modelFile} has no LoRA inputs (names with lora_A/lora_B or lora.A/lora.B); export the ONNX build with adapter inputs (Olive ExtractAdapters with make_inputs, or the GenAI model builder with an adapter).");
        }

        var rank = ChooseRank(layout, settings.Rank);
        var alpha = settings.Alpha ?? 2 * rank;
        var job = Directory.CreateDirectory(settings.OutputDirectory).FullName;
        var data = Directory.CreateDirectory(Path.Combine(job, "data")).FullName;
        var copied = new List<string>();
        foreach (var file in Directory.GetFiles(settings.DatasetDirectory).Where(IsDatasetFile).Order(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
            copied.Add("data/" + Path.GetFileName(file));
        }

        var hasValidation = copied.Contains("data/validation.jsonl");
        var dtype = layout.ElementType == 10 ? "float16" : "float32";
        var adapter = $"output/{settings.AdapterName}{Import.AdapterImporter.AdapterExtension}";
        File.WriteAllText(Path.Combine(job, "requirements.txt"), JobTemplates.Read("requirements.txt"));
        File.WriteAllText(Path.Combine(job, "train.py"), JobTemplates.Read("train.py"));
        File.WriteAllText(Path.Combine(job, "olive-workflow.json"),
            OliveWorkflow.Build(settings, layout.TargetModules, rank, alpha, hasValidation).ToJsonString(Indented) + "\n");
        File.WriteAllText(Path.Combine(job, "run.sh"), JobReadme.RunScript(adapter, dtype));
        var stats = DatasetStats.Of(Path.Combine(data, "train.jsonl"), hasValidation ? Path.Combine(data, "validation.jsonl") : null);
        File.WriteAllText(Path.Combine(job, "README.md"), JobReadme.Write(settings, layout, rank, alpha, adapter, dtype, stats));

        var files = WrittenFiles.Concat(copied)
            .ToDictionary(file => file, file => FileHashes.Sha256(Path.Combine(job, file)), StringComparer.Ordinal);
        var createdAt = (time ?? TimeProvider.System).GetUtcNow();
        var id = string.Create(CultureInfo.InvariantCulture, $"ft-{createdAt:yyyyMMdd-HHmmss}-{files["data/train.jsonl"][..8]}");
        var manifest = new JsonObject
        {
            ["id"] = id,
            ["createdAt"] = createdAt.ToString("O", CultureInfo.InvariantCulture),
            ["baseModel"] = settings.BaseModel,
            ["adapterName"] = settings.AdapterName,
            ["onnx"] = new JsonObject
            {
                ["model"] = modelFile,
                ["modelSha256"] = FileHashes.Sha256(modelFile),
                ["loraInputs"] = new JsonArray([.. layout.Inputs.Select(input => (JsonNode)new JsonObject
                {
                    ["name"] = input.Input.Name,
                    ["module"] = input.Module,
                    ["side"] = input.Side.ToString(),
                    ["shape"] = input.Input.ShapeText,
                    ["elementType"] = input.Input.ElementType,
                })]),
            },
            ["lora"] = new JsonObject
            {
                ["targetModules"] = new JsonArray([.. layout.TargetModules.Select(module => (JsonNode)module)]),
                ["rank"] = rank,
                ["rankFixedByModel"] = layout.FixedRank is not null,
                ["alpha"] = alpha,
                ["dropout"] = settings.Dropout,
                ["dtype"] = dtype,
            },
            ["training"] = new JsonObject
            {
                ["epochs"] = settings.Epochs,
                ["learningRate"] = settings.LearningRate,
                ["batchSize"] = settings.BatchSize,
                ["gradientAccumulation"] = settings.GradientAccumulation,
                ["maxLength"] = settings.MaxLength,
            },
            ["dataset"] = new JsonObject
            {
                ["source"] = Path.GetFullPath(settings.DatasetDirectory),
                ["train"] = "data/train.jsonl",
                ["validation"] = hasValidation ? "data/validation.jsonl" : null,
                ["trainExamples"] = stats.TrainExamples,
                ["validationExamples"] = stats.ValidationExamples,
                ["approxTrainTokens"] = stats.ApproxTrainTokens,
            },
            ["expectedOutputs"] = new JsonArray { adapter, "output/peft/adapter_config.json", "output/metrics.json" },
            ["files"] = new JsonObject([.. files.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))]),
        };
        File.WriteAllText(Path.Combine(job, JobFile), manifest.ToJsonString(Indented) + "\n");
        return new FineTuningJob(id, job, layout, rank, alpha, adapter, files);
    }

    private static int ChooseRank(LoraLayout layout, int? requested)
    {
        if (layout.FixedRank is not { } fixedRank)
        {
            return requested ?? FineTuningJobSettings.DefaultRank;
        }

        return requested is null || requested == fixedRank
            ? (int)fixedRank
            : throw new ArgumentException($"The ONNX build's LoRA inputs fix rank {fixedRank}; --rank {requested} would not load.");
    }

    private static bool IsDatasetFile(string path) =>
        Path.GetExtension(path) is ".jsonl" or ".json" or ".md";
}
