namespace SlmAssistant.Abstractions.Documents;

/// <summary>Turns the bytes of one format into text blocks. One implementation per format.</summary>
public interface IContentExtractor
{
    DocumentFormat Format { get; }

    /// <summary>Reads <paramref name="content"/>; throws <see cref="ExtractionException"/> with a reason a person can act on.</summary>
    Task<ExtractedDocument> ExtractAsync(Stream content, string sourceName, CancellationToken cancellationToken = default);
}
