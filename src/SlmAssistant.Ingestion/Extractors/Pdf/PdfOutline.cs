using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Ingestion.Extractors.Pdf;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>
/// Turns laid-out lines into headings and paragraphs. The body size is the size most of the text is set in; lines
/// clearly larger are headings, and the larger the size the higher the level. The title line (the first heading, when
/// it matches the PDF's Title or stands alone at the largest size) names the document and is not a section.
/// </summary>
internal static class PdfOutline
{
    private const int MaxHeadingLength = 200;
    private const int MaxHeadingLines = 3;

    public static ExtractedDocument Build(IReadOnlyList<PdfTextLine> lines, string? infoTitle, string sourceName, int pageCount)
    {
        var bodySize = lines.GroupBy(line => line.FontSize).MaxBy(group => group.Sum(line => line.Text.Length))!.Key;
        var segments = PdfSegmenter.Segment(lines, size => IsHeadingSize(size, bodySize), MaxHeadingLength);
        foreach (var segment in segments.Where(s => s.IsHeading && (s.Lines.Count > MaxHeadingLines || s.Text.Length > MaxHeadingLength)))
        {
            segment.IsHeading = false;
        }

        var headingSizes = segments.Where(s => s.IsHeading).Select(s => s.FontSize).Distinct().OrderDescending().ToList();
        var title = DocumentTitle.NullIfBlank(infoTitle);
        var first = segments[0];
        var firstIsTitle = false;
        if (first.IsHeading)
        {
            var aloneAtTop = first.FontSize == headingSizes[0] && segments.Count(s => s.IsHeading && s.FontSize == first.FontSize) == 1;
            firstIsTitle = title is null ? aloneAtTop : DocumentTitle.SameText(first.Text, title);
            title ??= first.Text;
            if (firstIsTitle && aloneAtTop)
            {
                headingSizes.RemoveAt(0);
            }
        }

        title ??= segments.FirstOrDefault(s => s.IsHeading)?.Text ?? DocumentTitle.FromSourceName(sourceName);
        var collector = new BlockCollector();
        foreach (var segment in firstIsTitle ? segments.Skip(1) : segments)
        {
            if (segment.IsHeading)
            {
                collector.Heading(headingSizes.IndexOf(segment.FontSize) + 1, segment.Text);
            }
            else
            {
                collector.Paragraph(segment.Text, segment.First.Page);
            }
        }

        return collector.Build(title, DocumentFormat.Pdf, sourceName, pageCount);
    }

    // "Clearly larger": a point or so above body text, not the half-point jitter of mixed fonts.
    private static bool IsHeadingSize(double size, double bodySize) => size >= bodySize + Math.Max(0.75, bodySize * 0.05);
}
