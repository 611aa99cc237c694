using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Detection;

namespace SlmAssistant.Ingestion.Extractors.Docx;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>
/// Reads .docx with the OpenXml SDK after a zip-bomb check: headings from paragraph styles, list items and paragraphs
/// as blocks, tables one block per row with cells joined by " | ". Title from the core properties, else the Title style.
/// </summary>
public sealed class DocxContentExtractor(IOptions<IngestionOptions> options) : IContentExtractor
{
    private readonly IngestionOptions _limits = options.Value;

    public DocumentFormat Format => DocumentFormat.Docx;

    public async Task<ExtractedDocument> ExtractAsync(Stream content, string sourceName, CancellationToken cancellationToken = default)
    {
        var bytes = await ContentReader.ReadAllAsync(content, cancellationToken);
        if (ContentSignatures.IsOleCompoundFile(bytes))
        {
            throw new ExtractionException(sourceName, "legacy or encrypted Office file (an old .doc, or a password-protected document): save it as .docx without a password");
        }

        ZipArchiveGuard.Check(bytes, _limits, sourceName);
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = _limits.MaxArchiveUncompressedBytes };
            using var word = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false, settings);
            var main = word.MainDocumentPart;
            var body = main?.Document?.Body
                ?? throw new ExtractionException(sourceName, "not a Word document: the ZIP has no main document body");
            var reader = new DocxBodyReader(DocxStyles.Load(main));
            reader.Read(body, cancellationToken);
            var title = DocumentTitle.NullIfBlank(word.PackageProperties.Title)
                ?? reader.TitleParagraph
                ?? reader.Collector.FirstHeading
                ?? DocumentTitle.FromSourceName(sourceName);
            return reader.Collector.Build(title, DocumentFormat.Docx, sourceName);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException)
        {
            throw new ExtractionException(sourceName, $"the Word document is damaged: {e.Message}", e);
        }
    }
}
