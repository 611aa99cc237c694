using SlmAssistant.Abstractions.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace SlmAssistant.Ingestion.Extractors.Pdf;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>
/// Reads PDFs with PdfPig: lines rebuilt from letter positions, headings from font sizes, the page of every block kept
/// for citations. Encrypted, damaged and image-only (scanned) PDFs fail with a reason.
/// </summary>
public sealed class PdfContentExtractor : IContentExtractor
{
    public DocumentFormat Format => DocumentFormat.Pdf;

    public async Task<ExtractedDocument> ExtractAsync(Stream content, string sourceName, CancellationToken cancellationToken = default)
    {
        var bytes = await ContentReader.ReadAllAsync(content, cancellationToken);
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var lines = PdfPageFurniture.Remove(PdfLineReader.ReadLines(pdf, cancellationToken));
            if (lines.Count == 0)
            {
                throw new ExtractionException(sourceName,
                    $"the PDF has no extractable text in its {pdf.NumberOfPages} page(s): it is probably scanned images; run OCR on it first");
            }

            return PdfOutline.Build(lines, pdf.Information.Title, sourceName, pdf.NumberOfPages);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ExtractionException(sourceName, "the PDF is encrypted (password-protected): save an unprotected copy", e);
        }
        catch (PdfDocumentFormatException e)
        {
            throw new ExtractionException(sourceName, $"the PDF is damaged or truncated: {e.Message}", e);
        }
        catch (Exception e) when (e is not ExtractionException and not OperationCanceledException)
        {
            // PdfPig reports some malformed files with general exceptions (index, null, invalid operation).
            throw new ExtractionException(sourceName, $"the PDF could not be read: {e.Message}", e);
        }
    }
}
