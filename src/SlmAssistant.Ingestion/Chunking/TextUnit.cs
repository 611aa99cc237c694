namespace SlmAssistant.Ingestion.Chunking;

/// <summary>A sentence (or a piece of an overlong one): the smallest thing the chunker moves.</summary>
/// <param name="Joiner">What goes before it when it follows another unit: a space inside a paragraph, a newline between blocks.</param>
/// <param name="Cost">Its tokens, without the tokenizer's special tokens.</param>
internal readonly record struct TextUnit(string Text, string Joiner, int Block, int? Page, int Cost);
