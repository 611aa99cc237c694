using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SlmAssistant.Ingestion.Tests.Support;

/// <summary>
/// Builds .docx files with the constructs the TestKit writer does not make: tables, numbered list items, headings
/// known only by style name or outline level, and no core title.
/// </summary>
public sealed class WordDocumentBuilder
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<Style> _styles = [];

    public string? CoreTitle { get; set; }

    public WordDocumentBuilder Style(string id, string name, int? outlineLevel = null)
    {
        var properties = new StyleParagraphProperties();
        if (outlineLevel is int level)
        {
            properties.Append(new OutlineLevel { Val = level });
        }

        _styles.Add(new Style(new StyleName { Val = name }, properties) { Type = StyleValues.Paragraph, StyleId = id });
        return this;
    }

    public WordDocumentBuilder Paragraph(string text, string? styleId = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (styleId is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        }

        _body.Add(paragraph);
        return this;
    }

    public WordDocumentBuilder ListItem(string text)
    {
        _body.Add(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
            new Run(new Text(text))));
        return this;
    }

    /// <summary>A paragraph whose runs include a deleted revision and a field code, neither of which is visible text.</summary>
    public WordDocumentBuilder ParagraphWithHiddenMarkup(string visible, string deleted, string fieldCode)
    {
        _body.Add(new Paragraph(
            new Run(new Text(visible)),
            new DeletedRun(new Run(new DeletedText(deleted))),
            new Run(new FieldCode(fieldCode))));
        return this;
    }

    public WordDocumentBuilder Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))));
        }

        _body.Add(table);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            if (CoreTitle is not null)
            {
                word.PackageProperties.Title = CoreTitle;
            }

            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(_styles);
            main.Document = new Document(new Body(_body));
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
