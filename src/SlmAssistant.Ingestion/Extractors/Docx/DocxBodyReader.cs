using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SlmAssistant.Ingestion.Extractors.Docx;

/// <summary>Walks a document body in order: paragraphs, tables, and the content controls that wrap them.</summary>
internal sealed class DocxBodyReader(DocxStyles styles)
{
    public BlockCollector Collector { get; } = new();

    /// <summary>The first paragraph in the Title style, which names the document rather than a section.</summary>
    public string? TitleParagraph { get; private set; }

    public void Read(OpenXmlElement container, CancellationToken cancellationToken)
    {
        foreach (var element in container.ChildElements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph);
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        Collector.Row(row.Elements<TableCell>().Select(DocxText.OfCell));
                    }

                    break;
                default:
                    // Content controls (w:sdt), custom XML and the like wrap ordinary paragraphs and tables.
                    Read(element, cancellationToken);
                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph)
    {
        var text = DocxText.Of(paragraph);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var kind = styles.Classify(paragraph);
        if (kind.IsTitle && TitleParagraph is null)
        {
            TitleParagraph = Whitespace.Collapse(text);
        }
        else if (kind.IsHeading)
        {
            Collector.Heading(kind.HeadingLevel, text);
        }
        else
        {
            Collector.Paragraph(text);
        }
    }
}
