using System.Text.RegularExpressions;

namespace SlmAssistant.Ingestion.Extractors.Pdf;

/// <summary>
/// Removes running headers, footers and page numbers: lines standing alone at the top or bottom of a page that repeat
/// (digits aside) on at least half the pages, or that are nothing but a page number. They would otherwise land in
/// every chunk.
/// </summary>
internal static partial class PdfPageFurniture
{
    private const int EdgeLines = 2;

    public static List<PdfTextLine> Remove(List<PdfTextLine> lines)
    {
        var pages = lines.GroupBy(line => line.Page).ToList();
        var linesPerBlock = lines.GroupBy(line => line.Block).ToDictionary(block => block.Key, block => block.Count());

        // Running heads stand apart from the body: only lines alone in their layout block qualify.
        var edges = pages
            .SelectMany(page => page.Take(EdgeLines).Concat(page.TakeLast(EdgeLines)).Distinct())
            .Where(line => linesPerBlock[line.Block] == 1)
            .ToHashSet();
        var repeats = pages.Count < 3
            ? []
            : edges.GroupBy(line => Digits().Replace(line.Text, "#"))
                .Where(group => group.Select(line => line.Page).Distinct().Count() * 2 >= pages.Count)
                .Select(group => group.Key)
                .ToHashSet();
        return lines
            .Where(line => !edges.Contains(line) || !(PageNumber().IsMatch(line.Text) || repeats.Contains(Digits().Replace(line.Text, "#"))))
            .ToList();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(page\s+)?\d{1,4}(\s*(/|of)\s*\d{1,4})?$|^[-\u2013]\s*\d{1,4}\s*[-\u2013]$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
