using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Routing.Ledger;

/// <summary>
/// What the answer ledger keeps and how it estimates (it lives in the embedded database, in its own tables).
/// </summary>
public sealed class LedgerOptions : IValidatableObject
{
    public const string SectionName = "Ledger";

    /// <summary>Keep the question text next to its hash. Off by default: questions can hold personal data.</summary>
    public bool StoreQuestions { get; set; }

    /// <summary>
    /// The HMAC key of the question hashes (base64, at least 32 bytes). Unset: a random key generated once and kept in
    /// the data directory (keys/question-hash.key, readable by the service account only).
    /// </summary>
    public string? QuestionHashKey { get; set; }

    /// <summary>
    /// Added to the chars/4 input estimate of a turn with no known usage, for the prompt around the question
    /// (system prompt, retrieved passages) an all-cloud answer would also have sent. 0 keeps the estimate conservative.
    /// </summary>
    [Range(0, 100_000)]
    public int EstimatedPromptOverheadTokens { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(QuestionHashKey))
        {
            yield break;
        }

        var key = new byte[QuestionHashKey.Length];
        if (!Convert.TryFromBase64String(QuestionHashKey, key, out var length) || length < 32)
        {
            yield return new ValidationResult("Ledger:QuestionHashKey must be base64 of at least 32 bytes.", [nameof(QuestionHashKey)]);
        }
    }
}
