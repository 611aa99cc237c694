using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace SlmAssistant.Ingestion.Extractors.Markdown;

/// <summary>Walks Markdig's block tree in order and feeds the collector.</summary>
internal sealed partial class MarkdownBlockWalker(BlockCollector collector, HeadingBlock? titleHeading, ExtractionBudget budget)
{
    public void Walk(ContainerBlock container)
    {
        foreach (var block in container)
        {
            budget.Check();
            switch (block)
            {
                case HeadingBlock heading when ReferenceEquals(heading, titleHeading):
                    break;
                case HeadingBlock heading:
                    collector.Heading(heading.Level, MarkdownInlines.ToText(heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    collector.Paragraph(MarkdownInlines.ToText(paragraph.Inline));
                    break;
                case Table table:
                    var rows = table.OfType<TableRow>().ToList();
                    collector.Table(
                        rows.Select(row => (IReadOnlyList<string>)row.OfType<TableCell>().Select(CellText).ToList()).ToList(),
                        hasHeader: rows.Count > 0 && rows[0].IsHeader);
                    break;
                case YamlFrontMatterBlock:
                    break;
                case HtmlBlock html when html.Type != HtmlBlockType.Comment:
                    collector.Paragraph(Tag().Replace(html.Lines.ToString(), " "));
                    break;
                case CodeBlock code:
                    collector.Preformatted(code.Lines.ToString());
                    break;
                case ContainerBlock nested:
                    // Lists, list items, block quotes: their paragraphs are blocks of their own.
                    Walk(nested);
                    break;
            }
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<ParagraphBlock>().Select(paragraph => MarkdownInlines.ToText(paragraph.Inline)));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
