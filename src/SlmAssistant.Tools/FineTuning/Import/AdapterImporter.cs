using System.Text.Json.Nodes;
using SlmAssistant.Tools.FineTuning.Onnx;

namespace SlmAssistant.Tools.FineTuning.Import;

/// <summary>
/// Takes a training job's adapters back (<c>slm finetune import JOBDIR/output</c>): reads each <c>.onnx_adapter</c>,
/// checks it against the model's graph inputs and registers the lot as candidates, or none of them if one is refused.
/// </summary>
public static class AdapterImporter
{
    public const string AdapterExtension = ".onnx_adapter";

    /// <param name="source">An .onnx_adapter file, or a folder of them (a job's output folder).</param>
    /// <param name="name">The candidate's name for a single adapter; otherwise each file's name without extension.</param>
    public static AdapterImportResult Import(string source, string model, CandidateRegistry registry, string? name = null, TimeProvider? time = null)
    {
        string[] files = File.Exists(source)
            ? [Path.GetFullPath(source)]
            : Directory.Exists(source)
                ? Directory.GetFiles(Path.GetFullPath(source), "*" + AdapterExtension).Order(StringComparer.Ordinal).ToArray()
                : throw new FileNotFoundException($"No adapter file or folder at {source}.", source);
        if (files.Length == 0)
        {
            return new AdapterImportResult([], [new AdapterRefusal(source, $"no {AdapterExtension} file in the folder")]);
        }

        if (name is not null && files.Length > 1)
        {
            throw new ArgumentException($"--name names one adapter; {source} holds {files.Length}.", nameof(name));
        }

        var modelFile = OnnxModelLocator.Locate(model);
        var inputs = OnnxInputReader.Read(modelFile);
        var sourceJob = SourceJob(File.Exists(source) ? Path.GetDirectoryName(Path.GetFullPath(source))! : source);
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var accepted = new List<(string, AdapterCandidate)>();
        var refused = new List<AdapterRefusal>();
        foreach (var file in files)
        {
            AdapterFile adapter;
            try
            {
                adapter = AdapterFileReader.Read(file);
            }
            catch (InvalidDataException e)
            {
                refused.Add(new AdapterRefusal(file, e.Message));
                continue;
            }

            if (AdapterCompatibility.Check(adapter, inputs) is { } mismatch)
            {
                refused.Add(new AdapterRefusal(file, $"does not fit {Path.GetFileName(modelFile)}: {mismatch}"));
                continue;
            }

            var candidateName = name ?? Path.GetFileNameWithoutExtension(file);
            var hash = FileHashes.Sha256(file);
            if (registry.Conflict(candidateName, hash) is { } taken)
            {
                refused.Add(new AdapterRefusal(file, $"a different candidate named '{candidateName}' was imported {taken.ImportedAt:u}; pick another --name"));
                continue;
            }

            accepted.Add((file, new AdapterCandidate(
                candidateName, candidateName + AdapterExtension, hash, new FileInfo(file).Length, adapter.Parameters.Count,
                now, file, sourceJob, modelFile)));
        }

        return refused.Count > 0
            ? new AdapterImportResult([], refused)
            : new AdapterImportResult(registry.Add(accepted), []);
    }

    /// <summary>The job id from the job.json above a job's output folder (or in it).</summary>
    private static string? SourceJob(string folder)
    {
        var full = Path.GetFullPath(folder);
        foreach (var candidate in new[] { full, Path.GetDirectoryName(full) })
        {
            var path = candidate is null ? null : Path.Combine(candidate, "job.json");
            if (path is not null && File.Exists(path))
            {
                return JsonNode.Parse(File.ReadAllText(path))?["id"]?.GetValue<string>();
            }
        }

        return null;
    }
}
