using System.Diagnostics.CodeAnalysis;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Decoding;

namespace SlmAssistant.Ingestion.Detection;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>
/// Decides a file's format from its bytes. The file name is only a hint between text formats (.md vs .txt vs .html):
/// a PDF renamed .txt is still a PDF, and a PNG renamed .pdf is not one.
/// </summary>
public sealed class DocumentFormatDetector
{
    private const int SniffBytes = 8192;

    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Injected as a service so callers do not bind to a static.")]
    public FormatDetection Detect(ReadOnlyMemory<byte> content, string? fileName = null)
    {
        var bytes = content.Span;
        if (bytes.IsEmpty)
        {
            return FormatDetection.Unsupported("the file is empty");
        }

        if (ContentSignatures.IsPdf(bytes))
        {
            return new FormatDetection(DocumentFormat.Pdf);
        }

        if (ContentSignatures.IsZip(bytes))
        {
            return ZipContainer.Classify(content);
        }

        if (ContentSignatures.IsOleCompoundFile(bytes))
        {
            return FormatDetection.Unsupported(
                "legacy or encrypted Office file (an old .doc/.xls/.ppt, or a password-protected document): save it as .docx or PDF without a password");
        }

        if (ContentSignatures.NameBinary(bytes) is string kind)
        {
            return FormatDetection.Unsupported($"unsupported format: binary data ({kind}), not a document");
        }

        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (!TextSniffer.LooksLikeText(head))
        {
            return FormatDetection.Unsupported("unsupported format: binary data, not a document or text");
        }

        return new FormatDetection(ClassifyText(TextDecoder.Decode(head).Text, Extension(fileName)));
    }

    private static DocumentFormat ClassifyText(string head, string extension)
    {
        if (HtmlMarkers.StartsLikeHtml(head))
        {
            return DocumentFormat.Html;
        }

        return extension switch
        {
            ".md" or ".markdown" or ".mdown" or ".mkd" => DocumentFormat.Markdown,
            ".html" or ".htm" or ".xhtml" when head.Contains('<', StringComparison.Ordinal) => DocumentFormat.Html,
            ".txt" or ".text" => DocumentFormat.Text,
            _ when HtmlMarkers.ContainsHtmlStructure(head) => DocumentFormat.Html,
            _ when MarkdownHeuristics.LooksLikeMarkdown(head) => DocumentFormat.Markdown,
            _ => DocumentFormat.Text,
        };
    }

    private static string Extension(string? fileName) =>
        string.IsNullOrEmpty(fileName) ? string.Empty : Path.GetExtension(fileName).ToLowerInvariant();
}
