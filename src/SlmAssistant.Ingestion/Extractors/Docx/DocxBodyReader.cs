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
                    // Word marks a header row (repeated on every page) with tblHeader; tables without it are read
                    // as having one when the first row is a short line of labels over at least one more row.
                    var rows = table.Elements<TableRow>().Select(row => (IReadOnlyList<string>)row.Elements<TableCell>().Select(DocxText.OfCell).ToList()).ToList();
                    var marked = table.Elements<TableRow>().FirstOrDefault()?.TableRowProperties?.GetFirstChild<TableHeader>() is not null;
                    Collector.Table(rows, marked || LooksLikeHeader(rows));
                    break;
                default:
                    // Content controls (w:sdt), custom XML and the like wrap ordinary paragraphs and tables.
                    Read(element, cancellationToken);
                    break;
            }
        }
    }

    private static bool LooksLikeHeader(List<IReadOnlyList<string>> rows) =>
        rows.Count > 1 && rows[0].Count > 1 && rows[0].All(cell => cell.Length is > 0 and <= 40 && !cell.Any(char.IsDigit));

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
