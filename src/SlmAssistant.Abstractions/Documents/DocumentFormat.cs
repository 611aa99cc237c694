namespace SlmAssistant.Abstractions.Documents;

/// <summary>The formats the ingestion pipeline can read. Detected from content, never trusted from a file name alone.</summary>
public enum DocumentFormat
{
    Unknown = 0,
    Text,
    Markdown,
    Html,
    Pdf,
    Docx,
}
