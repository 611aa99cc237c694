using System.Text.Json.Serialization;

namespace SlmAssistant.Cli.FineTuning;

/// <summary>
/// One line of train.jsonl / validation.jsonl: the grounded prompt as the model is asked it (system, user) and the
/// answer it should give (assistant). <see cref="Document"/> and <see cref="Origin"/> are ours; TRL ignores them.
/// </summary>
/// <param name="Document">The source document the example is about (the split is by document).</param>
/// <param name="Origin"><c>synthetic</c>, <c>escalation</c>, <c>liked</c> or <c>unanswerable</c>.</param>
public sealed record FineTuneExample(
    [property: JsonPropertyName("messages")] IReadOnlyList<TrainingMessage> Messages,
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("origin")] string Origin)
{
    public const string Synthetic = "synthetic";
    public const string Escalation = "escalation";
    public const string Liked = "liked";
    public const string Unanswerable = "unanswerable";

    /// <summary>The customer's question: the end of the user message.</summary>
    [JsonIgnore]
    public string Question { get; init; } = string.Empty;
}
