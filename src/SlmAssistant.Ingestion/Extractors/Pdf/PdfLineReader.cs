using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace SlmAssistant.Ingestion.Extractors.Pdf;

/// <summary>
/// Rebuilds lines from letter positions: words by nearest neighbour, blocks and lines by Docstrum, blocks put in reading
/// order (columns read top to bottom, then left to right). Font size comes from the letters, for heading detection.
/// </summary>
internal static class PdfLineReader
{
    public static List<PdfTextLine> ReadLines(PdfDocument pdf, CancellationToken cancellationToken)
    {
        var lines = new List<PdfTextLine>();
        var blockNumber = 0;
        foreach (var page in pdf.GetPages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters)
                .Where(word => !string.IsNullOrWhiteSpace(word.Text))
                .ToList();
            if (words.Count == 0)
            {
                continue;
            }

            var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
            foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
            {
                blockNumber++;
                foreach (var line in block.TextLines)
                {
                    if (ToLine(page.Number, blockNumber, line) is PdfTextLine textLine)
                    {
                        lines.Add(textLine);
                    }
                }
            }
        }

        return lines;
    }

    private static PdfTextLine? ToLine(int page, int block, TextLine line)
    {
        var letters = line.Words.SelectMany(word => word.Letters).Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
        var text = Whitespace.Collapse(string.Join(' ', line.Words.Select(word => word.Text)));
        if (letters.Count == 0 || text.Length == 0)
        {
            return null;
        }

        var sizes = letters.Select(letter => letter.PointSize).Order().ToList();
        var size = Math.Round(sizes[sizes.Count / 2] * 2, MidpointRounding.AwayFromZero) / 2;
        return new PdfTextLine(page, block, text, size, letters[0].StartBaseLine.Y);
    }
}
