using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SlmAssistant.Ingestion.Extractors.Docx;

/// <summary>
/// The visible text of a paragraph or cell: runs' w:t, with tabs and breaks as spaces. Deleted revisions (w:delText)
/// and field codes (w:instrText) are other element types and are left out.
/// </summary>
internal static class DocxText
{
    public static string Of(OpenXmlElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            switch (node)
            {
                case global::DocumentFormat.OpenXml.Wordprocessing.Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    builder.Append(' ');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A table cell's paragraphs, joined with spaces.</summary>
    public static string OfCell(TableCell cell) => string.Join(' ', cell.Elements<Paragraph>().Select(Of));
}
