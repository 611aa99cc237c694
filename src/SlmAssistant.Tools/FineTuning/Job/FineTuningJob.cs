using SlmAssistant.Tools.FineTuning.Onnx;

namespace SlmAssistant.Tools.FineTuning.Job;

/// <summary>A job folder <see cref="FineTuningJobWriter"/> wrote.</summary>
/// <param name="Files">Every file of the job, relative to <paramref name="Directory"/>, with its SHA-256 (as in job.json).</param>
public sealed record FineTuningJob(
    string Id,
    string Directory,
    LoraLayout Layout,
    int Rank,
    int Alpha,
    string ExpectedAdapter,
    IReadOnlyDictionary<string, string> Files);
