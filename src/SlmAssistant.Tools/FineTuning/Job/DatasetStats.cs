namespace SlmAssistant.Tools.FineTuning.Job;

/// <summary>
/// Example counts and a token estimate for sizing the job: characters / 4, the usual rate for English with the BPE
/// tokenizers of Phi, Qwen and Llama (the chat template adds a few tokens per message, not counted).
/// </summary>
internal sealed record DatasetStats(int TrainExamples, int ValidationExamples, long ApproxTrainTokens)
{
    public const int CharactersPerToken = 4;

    public static DatasetStats Of(string train, string? validation)
    {
        var lines = File.ReadLines(train).Where(line => line.Length > 0).ToList();
        var validationCount = validation is null ? 0 : File.ReadLines(validation).Count(line => line.Length > 0);
        return new DatasetStats(lines.Count, validationCount, lines.Sum(line => (long)line.Length) / CharactersPerToken);
    }
}
