using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SlmAssistant.TestKit.Documents;

/// <summary>
/// Writes a <see cref="SampleDocument"/> as a real .docx with the OpenXml SDK: the title in the "Title" style,
/// sections in "Heading1"/"Heading2" (defined in the styles part, as Word does), paragraphs in "Normal".
/// </summary>
public static class DocxDocumentWriter
{
    public static byte[] Write(SampleDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = document.Title;
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(StyledParagraph(document.Title, "Title"));
            foreach (var section in document.Sections)
            {
                if (section.Heading.Length > 0)
                {
                    body.Append(StyledParagraph(section.Heading, section.Level == 1 ? "Heading1" : "Heading2"));
                }

                foreach (var paragraph in section.Paragraphs)
                {
                    body.Append(StyledParagraph(paragraph, "Normal"));
                }
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return ReproducibleOutput.Docx(stream.ToArray());
    }

    private static Paragraph StyledParagraph(string text, string styleId) =>
        new(
            new ParagraphProperties(new ParagraphStyleId { Val = styleId }),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static void AddStyles(MainDocumentPart main)
    {
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
        stylesPart.Styles = new Styles(
            Style("Normal", "Normal", null, fontHalfPoints: "22", bold: false),
            Style("Title", "Title", 0, fontHalfPoints: "40", bold: true),
            Style("Heading1", "heading 1", 0, fontHalfPoints: "32", bold: true),
            Style("Heading2", "heading 2", 1, fontHalfPoints: "26", bold: true));
        stylesPart.Styles.Save();
    }

    private static Style Style(string id, string name, int? outlineLevel, string fontHalfPoints, bool bold)
    {
        var paragraphProperties = new StyleParagraphProperties();
        if (outlineLevel is int level)
        {
            paragraphProperties.Append(new OutlineLevel { Val = level });
        }

        var runProperties = new StyleRunProperties(new FontSize { Val = fontHalfPoints });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        return new Style(new StyleName { Val = name }, new PrimaryStyle(), paragraphProperties, runProperties)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }
}
