using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Decoding;

namespace SlmAssistant.Ingestion.Extractors;

/// <summary>
/// An extractor of a text format (plain text, Markdown, HTML). It exposes its decoding step so the pipeline can decode
/// once and report a guessed encoding, which <see cref="ExtractedDocument"/> has no place for.
/// </summary>
public interface IDecodedTextExtractor : IContentExtractor
{
    /// <summary>Decodes the raw bytes the way this format wants (HTML honours a meta charset, for instance).</summary>
    DecodedText Decode(ReadOnlySpan<byte> content);

    /// <summary>Extracts from already-decoded text; throws <see cref="ExtractionException"/> like <see cref="IContentExtractor.ExtractAsync"/>.</summary>
    /// <param name="budget">What the file may cost (<see cref="ExtractionBudget.Check"/>); null: the default depth limits only.</param>
    ExtractedDocument Extract(DecodedText text, string sourceName, ExtractionBudget? budget = null);
}
