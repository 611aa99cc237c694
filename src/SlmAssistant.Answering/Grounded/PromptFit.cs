namespace SlmAssistant.Answering.Grounded;

/// <summary>How the grounded prompt was fitted to the local model's context, for the trace and the log.</summary>
/// <param name="BudgetTokens">Tokens the prompt could take (the model's context minus the reply budget and a margin).</param>
/// <param name="TokensBefore">The prompt's estimated tokens with every retrieved source and earlier turn.</param>
/// <param name="TokensAfter">The prompt's estimated tokens as sent.</param>
/// <param name="DroppedTurns">Earlier conversation messages left out, oldest first.</param>
/// <param name="DroppedSources">Labels of the sources left out, lowest-ranked last.</param>
/// <param name="TruncatedSource">The label of the last kept source when it was cut at a sentence boundary.</param>
public sealed record PromptFit(
    int BudgetTokens,
    int TokensBefore,
    int TokensAfter,
    int DroppedTurns,
    IReadOnlyList<string> DroppedSources,
    string? TruncatedSource)
{
    public bool DroppedAnything => DroppedTurns > 0 || DroppedSources.Count > 0 || TruncatedSource is not null;

    /// <summary>One line for the log and the playground, e.g. "dropped 2 earlier turns, sources [4] Refunds; cut [3] Fees".</summary>
    public string Summary => !DroppedAnything
        ? $"fits: {TokensAfter} of {BudgetTokens} tokens"
        : string.Join("; ", Parts()) + $" ({TokensBefore} -> {TokensAfter} of {BudgetTokens} tokens)";

    private IEnumerable<string> Parts()
    {
        if (DroppedTurns > 0)
        {
            yield return $"dropped {DroppedTurns} earlier conversation message(s)";
        }

        if (DroppedSources.Count > 0)
        {
            yield return $"dropped source(s) {string.Join(", ", DroppedSources)}";
        }

        if (TruncatedSource is not null)
        {
            yield return $"cut source {TruncatedSource} at a sentence boundary";
        }
    }
}
