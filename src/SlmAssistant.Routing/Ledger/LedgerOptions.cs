using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Routing.Ledger;

/// <summary>
/// The answer ledger lives in the knowledge store's SQLite file ({Knowledge:DataDirectory}/knowledge.db),
/// in its own tables. <see cref="DataDirectory"/> is taken from Knowledge:DataDirectory, not from this section.
/// </summary>
public sealed class LedgerOptions
{
    public const string SectionName = "Ledger";

    /// <summary>The knowledge store's configuration section, whose DataDirectory the ledger shares.</summary>
    public const string KnowledgeSectionName = "Knowledge";

    public const string DatabaseFileName = "knowledge.db";

    /// <summary>Keep the question text next to its hash. Off by default: questions can hold personal data.</summary>
    public bool StoreQuestions { get; set; }

    /// <summary>Folder of knowledge.db; relative paths resolve against the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Added to the chars/4 input estimate of a turn with no known usage, for the prompt around the question
    /// (system prompt, retrieved passages) an all-cloud answer would also have sent. 0 keeps the estimate conservative.
    /// </summary>
    [Range(0, 100_000)]
    public int EstimatedPromptOverheadTokens { get; set; }

    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), DatabaseFileName);
}
