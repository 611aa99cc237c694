namespace SlmAssistant.Ingestion.Extractors.Pdf;

/// <summary>
/// Groups lines into paragraphs. Lines join when they sit in the same layout block, share a size and follow at the
/// usual line pitch; a larger gap, a change of size or a list marker starts a new paragraph. A sentence cut by a page
/// break stays one paragraph, cited at the page where it starts.
/// </summary>
internal static class PdfSegmenter
{
    public static List<PdfSegment> Segment(IReadOnlyList<PdfTextLine> lines, Func<double, bool> isHeadingSize, int maxHeadingLength)
    {
        var pitches = LinePitches(lines);
        var segments = new List<PdfSegment>();
        PdfSegment? current = null;
        foreach (var line in lines)
        {
            var heading = isHeadingSize(line.FontSize) && line.Text.Length <= maxHeadingLength;
            if (current is not null && Continues(current, line, heading, pitches))
            {
                current.Lines.Add(line);
            }
            else
            {
                current = new PdfSegment(line, heading);
                segments.Add(current);
            }
        }

        return segments;
    }

    private static bool Continues(PdfSegment segment, PdfTextLine line, bool heading, Dictionary<double, double> pitches)
    {
        var previous = segment.Last;
        if (segment.IsHeading != heading || previous.FontSize != line.FontSize)
        {
            return false;
        }

        if (previous.Page != line.Page)
        {
            return ContinuesOnNextPage(previous, line, heading);
        }

        if (previous.Block != line.Block)
        {
            return false;
        }

        if (!heading && PdfText.StartsListItem(line.Text))
        {
            return false;
        }

        var gap = previous.Baseline - line.Baseline;
        return gap > 0 && gap <= Threshold(line.FontSize, pitches);
    }

    /// <summary>A sentence cut by a page break: the last line of a page runs on, and the next page goes on in lowercase.</summary>
    private static bool ContinuesOnNextPage(PdfTextLine previous, PdfTextLine line, bool heading) =>
        !heading && line.Page == previous.Page + 1 && previous.Text[^1] is not ('.' or '!' or '?' or ':') && char.IsLower(line.Text[0]);

    // When every paragraph is one line, the smallest pitch is the paragraph pitch: 1.75 em still splits those.
    private static double Threshold(double size, Dictionary<double, double> pitches) =>
        pitches.TryGetValue(size, out var pitch) ? Math.Min(pitch * 1.25, size * 1.75) : size * 1.75;

    /// <summary>The usual baseline-to-baseline distance per font size: a low percentile, so paragraph gaps don't count.</summary>
    private static Dictionary<double, double> LinePitches(IReadOnlyList<PdfTextLine> lines)
    {
        var gaps = new Dictionary<double, List<double>>();
        for (var i = 1; i < lines.Count; i++)
        {
            var (above, below) = (lines[i - 1], lines[i]);
            var gap = above.Baseline - below.Baseline;
            if (above.Page == below.Page && above.Block == below.Block && above.FontSize == below.FontSize && gap > 0)
            {
                if (!gaps.TryGetValue(below.FontSize, out var list))
                {
                    gaps[below.FontSize] = list = [];
                }

                list.Add(gap);
            }
        }

        return gaps.ToDictionary(pair => pair.Key, pair => pair.Value.Order().ElementAt(pair.Value.Count / 5));
    }
}
