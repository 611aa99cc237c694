using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Models;
using SlmAssistant.Tools.FineTuning;
using SlmAssistant.Tools.FineTuning.Import;
using SlmAssistant.Tools.TinyModel.Adapters;

namespace SlmAssistant.Tools.Tests.FineTuning;

/// <summary>
/// <c>slm finetune import</c> on the tiny model: adapters written by the tiny model's own writer, as a job's
/// output folder, checked against the model's graph inputs (lora.A [vocab, lora_rank], lora.B [lora_rank, vocab]).
/// </summary>
[Collection(TinyModels.Name)]
public sealed class AdapterImportTests(TinyModelFixture models) : IDisposable
{
    private readonly TempDirectory _temp = new("slm-import");

    private int Vocabulary => models.Scripted.VocabularySize;

    [Fact]
    public void AnAdapterThatMatchesTheModelIsRegisteredAsACandidate()
    {
        var output = JobOutput("job-42");
        File.Copy(models.Scripted.AdapterPath!, Path.Combine(output, "support.onnx_adapter"));
        var registry = new CandidateRegistry(_temp.Combine("candidates"));

        var result = AdapterImporter.Import(output, models.Scripted.Directory, registry);

        Assert.True(result.Succeeded, string.Join("; ", result.Refused));
        var candidate = Assert.Single(registry.List());
        Assert.Equal("support", candidate.Name);
        Assert.Equal("job-42", candidate.SourceJob);
        Assert.Equal(2, candidate.Parameters);
        Assert.Equal(FileHashes.Sha256(models.Scripted.AdapterPath!), candidate.Sha256);
        Assert.Equal(candidate.Sha256, FileHashes.Sha256(Path.Combine(registry.Directory, candidate.File)));
    }

    [Fact]
    public void AnAdapterWithAWrongShapeIsRefusedNamingTheTensor()
    {
        var output = JobOutput("job-shape");
        WriteAdapter(Path.Combine(output, "wide.onnx_adapter"), ("lora.A", [Vocabulary, 2]), ("lora.B", [2, Vocabulary + 3]));
        var registry = new CandidateRegistry(_temp.Combine("candidates"));

        var result = AdapterImporter.Import(output, models.Scripted.Directory, registry);

        var refusal = Assert.Single(result.Refused);
        Assert.Contains("'lora.B'", refusal.Reason);
        Assert.DoesNotContain("'lora.A'", refusal.Reason);
        Assert.Contains($"[2, {Vocabulary + 3}]", refusal.Reason);
        Assert.Empty(result.Registered);
        Assert.Empty(registry.List());
    }

    [Fact]
    public void AnAdapterWhoseRankDiffersBetweenAAndBIsRefusedNamingTheSecondTensor()
    {
        var output = JobOutput("job-rank");
        WriteAdapter(Path.Combine(output, "ranks.onnx_adapter"), ("lora.A", [Vocabulary, 2]), ("lora.B", [3, Vocabulary]));

        var result = AdapterImporter.Import(output, models.Scripted.Directory, new CandidateRegistry(_temp.Combine("candidates")));

        var refusal = Assert.Single(result.Refused);
        Assert.Contains("'lora.B'", refusal.Reason);
        Assert.Contains("lora_rank", refusal.Reason);
    }

    [Fact]
    public void AnAdapterWithANameTheModelDoesNotTakeIsRefusedNamingIt()
    {
        var output = JobOutput("job-names");
        WriteAdapter(Path.Combine(output, "renamed.onnx_adapter"),
            ("lora.A", [Vocabulary, 1]), ("model.layers.0.self_attn.q_proj.lora_B.weight", [1, Vocabulary]));
        var registry = new CandidateRegistry(_temp.Combine("candidates"));

        var result = AdapterImporter.Import(output, models.Scripted.Directory, registry);

        var refusal = Assert.Single(result.Refused);
        Assert.Contains("'model.layers.0.self_attn.q_proj.lora_B.weight' is not an input of the model", refusal.Reason);
        Assert.Empty(registry.List());
    }

    [Fact]
    public void ATruncatedAdapterGivesAClearErrorAndNothingIsRegistered()
    {
        var output = JobOutput("job-truncated");
        var bytes = File.ReadAllBytes(models.Scripted.AdapterPath!);
        File.WriteAllBytes(Path.Combine(output, "cut.onnx_adapter"), bytes[..(bytes.Length / 2)]);
        var registry = new CandidateRegistry(_temp.Combine("candidates"));

        var result = AdapterImporter.Import(output, models.Scripted.Directory, registry);

        var refusal = Assert.Single(result.Refused);
        Assert.Contains("cut.onnx_adapter is not a readable .onnx_adapter", refusal.Reason);
        Assert.Contains("truncated", refusal.Reason);
        Assert.False(File.Exists(registry.RegistryPath));
        Assert.False(Directory.Exists(registry.Directory) && Directory.EnumerateFiles(registry.Directory).Any());
    }

    [Fact]
    public void OneBadAdapterInTheOutputFolderKeepsTheGoodOneOutToo()
    {
        var output = JobOutput("job-mixed");
        File.Copy(models.Scripted.AdapterPath!, Path.Combine(output, "good.onnx_adapter"));
        WriteAdapter(Path.Combine(output, "bad.onnx_adapter"), ("lora.Z", [Vocabulary, 1]));
        var registry = new CandidateRegistry(_temp.Combine("candidates"));

        var result = AdapterImporter.Import(output, models.Scripted.Directory, registry);

        Assert.Contains("'lora.Z'", Assert.Single(result.Refused).Reason);
        Assert.Empty(registry.List());
    }

    [Fact]
    public void TheReaderGivesBackWhatTheTinyModelWriterWrote()
    {
        var path = _temp.Combine("round.onnx_adapter");
        WriteAdapter(path, ("lora.A", [Vocabulary, 3]), ("lora.B", [3, Vocabulary]));

        var adapter = AdapterFileReader.Read(path);

        Assert.Equal(1, adapter.FormatVersion);
        Assert.Equal(["lora.A", "lora.B"], adapter.Parameters.Select(p => p.Name));
        Assert.Equal([Vocabulary, 3L], adapter.Parameters[0].Dims);
        Assert.Equal(1, adapter.Parameters[1].DataType);
        Assert.Equal(3L * Vocabulary * sizeof(float), adapter.Parameters[1].DataLength);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>A job folder with its job.json (just the id) and an empty output folder.</summary>
    private string JobOutput(string id)
    {
        var job = Directory.CreateDirectory(_temp.Combine(id)).FullName;
        File.WriteAllText(Path.Combine(job, "job.json"), $$"""{"id":"{{id}}"}""");
        return Directory.CreateDirectory(Path.Combine(job, "output")).FullName;
    }

    private static void WriteAdapter(string path, params (string Name, long[] Dims)[] tensors) =>
        AdapterFileWriter.Write(path, [.. tensors.Select(t => new AdapterParameter(t.Name, t.Dims, new float[t.Dims.Aggregate(1L, (a, b) => a * b)]))]);
}
