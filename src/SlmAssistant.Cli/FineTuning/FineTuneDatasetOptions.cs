namespace SlmAssistant.Cli.FineTuning;

/// <summary>What <see cref="FineTuneDatasetBuilder"/> builds.</summary>
public sealed record FineTuneDatasetOptions(string Domain)
{
    /// <summary>Sources in each prompt, as many as an answer retrieves.</summary>
    public int Sources { get; init; } = 4;

    /// <summary>Questions written per chunk by the offline writer: at least, at most.</summary>
    public int MinQuestionsPerChunk { get; init; } = 3;

    public int MaxQuestionsPerChunk { get; init; } = 6;

    /// <summary>A question at least this close (cosine) to one already kept is a near-duplicate and dropped.</summary>
    public double DuplicateSimilarity { get; init; } = 0.97;

    /// <summary>Share of the domain's documents whose examples go to validation (at least one document when there are two).</summary>
    public double ValidationShare { get; init; } = 0.2;

    public string PluginsDirectory { get; init; } = "plugins";
}
