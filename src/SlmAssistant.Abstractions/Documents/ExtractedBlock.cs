namespace SlmAssistant.Abstractions.Documents;

/// <summary>
/// A run of text as it appeared in the source (a paragraph, list item or table row), with where it stood:
/// the heading path above it and, for paged formats, the 1-based page number.
/// </summary>
public sealed record ExtractedBlock(string Text, IReadOnlyList<string> SectionPath, int? Page = null);
