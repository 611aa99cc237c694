namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>Where a piece of an answer comes from.</summary>
/// <param name="Source">The document's identity in the store (a path or an upload name): for staff, never shown to customers.</param>
public sealed record Citation(string DocumentId, string Source, string Title, string? Section, int? Page)
{
    /// <summary>The document's public address, when it has one (set at ingestion or upload, or read from the document).</summary>
    public string? Url { get; init; }

    /// <summary>The sentences of the source the answer rests on, in document order; empty until the answer is composed.</summary>
    public IReadOnlyList<string> Quotes { get; init; } = [];

    /// <summary>The quotes with a sentence of context either side, as a reader checks them; null until the answer is composed.</summary>
    public string? Passage { get; init; }

    // Quotes is a list: equality (sources with the same citation share a number) is by where the passage is.
    public bool Equals(Citation? other) =>
        other is not null && DocumentId == other.DocumentId && Source == other.Source && Title == other.Title
        && Section == other.Section && Page == other.Page && Url == other.Url;

    public override int GetHashCode() => HashCode.Combine(DocumentId, Source, Title, Section, Page, Url);
}
