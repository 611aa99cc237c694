using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Ingestion.Chunking;

/// <summary>Token budget of a chunk, measured with the embedding model's tokenizer over the chunk's embedding text.</summary>
public sealed class ChunkingOptions : IValidatableObject
{
    public const string SectionName = "Ingestion:Chunking";

    /// <summary>Most tokens of a chunk's embedding text (title, section path and text, special tokens included).</summary>
    [Range(32, 512)]
    public int MaxTokens { get; set; } = 256;

    /// <summary>Tokens of context repeated from the previous chunk of the same section, as whole sentences.</summary>
    [Range(0, 255)]
    public int OverlapTokens { get; set; } = 32;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OverlapTokens * 2 >= MaxTokens)
        {
            yield return new ValidationResult(
                $"{nameof(OverlapTokens)} ({OverlapTokens}) must be less than half of {nameof(MaxTokens)} ({MaxTokens}).",
                [nameof(OverlapTokens)]);
        }
    }

    /// <summary>Throws when the options are out of range, for code that builds a chunker without the options pipeline.</summary>
    public void EnsureValid() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
