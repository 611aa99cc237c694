using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Routing.Ledger;

/// <summary>
/// What the answer ledger keeps and how it estimates (it lives in the embedded database, in its own tables).
/// </summary>
public sealed class LedgerOptions
{
    public const string SectionName = "Ledger";

    /// <summary>Keep the question text next to its hash. Off by default: questions can hold personal data.</summary>
    public bool StoreQuestions { get; set; }

    /// <summary>
    /// Added to the chars/4 input estimate of a turn with no known usage, for the prompt around the question
    /// (system prompt, retrieved passages) an all-cloud answer would also have sent. 0 keeps the estimate conservative.
    /// </summary>
    [Range(0, 100_000)]
    public int EstimatedPromptOverheadTokens { get; set; }
}
