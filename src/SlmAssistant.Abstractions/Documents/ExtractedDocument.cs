namespace SlmAssistant.Abstractions.Documents;

/// <summary>The text of one document in reading order, before chunking.</summary>
public sealed record ExtractedDocument(string Title, DocumentFormat Format, IReadOnlyList<ExtractedBlock> Blocks)
{
    /// <summary>Number of pages for paged formats (PDF); null otherwise.</summary>
    public int? PageCount { get; init; }

    /// <summary>The public address the document names for itself (an HTML canonical link, a Markdown front-matter url).</summary>
    public string? Url { get; init; }
}
