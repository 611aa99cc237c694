namespace SlmAssistant.Abstractions.Documents;

/// <summary>The text of one document in reading order, before chunking.</summary>
public sealed record ExtractedDocument(string Title, DocumentFormat Format, IReadOnlyList<ExtractedBlock> Blocks)
{
    /// <summary>Number of pages for paged formats (PDF); null otherwise.</summary>
    public int? PageCount { get; init; }
}
