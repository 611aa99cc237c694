using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SlmAssistant.Ingestion.Extractors.Html;

/// <summary>
/// Walks the DOM in order, gathering inline text until a block boundary: paragraphs, list items and the like become
/// blocks, h1-h6 set the section path, table rows become " | "-joined blocks, &lt;pre&gt; keeps its lines.
/// </summary>
internal sealed class HtmlBlockWalker(BlockCollector collector, string title)
{
    private readonly StringBuilder _inline = new();
    private bool _titleSeen;

    public void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                _inline.Append(text.Data);
            }
            else if (child is IElement element)
            {
                Visit(element);
            }
        }
    }

    /// <summary>Call after <see cref="Walk"/> to emit trailing inline text.</summary>
    public void Complete() => Flush();

    private void Visit(IElement element)
    {
        var tag = element.LocalName;
        if (tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6')
        {
            Flush();
            Heading(tag[1] - '0', HtmlText.Of(element));
        }
        else if (tag == "br")
        {
            _inline.Append(' ');
        }
        else if (tag == "pre")
        {
            Flush();
            collector.Preformatted(element.TextContent);
        }
        else if (element is IHtmlTableElement table)
        {
            Flush();
            Table(table);
        }
        else if (HtmlText.IsBlock(element))
        {
            Flush();
            Walk(element);
            Flush();
        }
        else
        {
            Walk(element);
        }
    }

    private void Heading(int level, string text)
    {
        // The page's first h1, when the title repeats it (often with the site name), names the document, not a section.
        if (!_titleSeen && level == 1 && DocumentTitle.Covers(title, text))
        {
            _titleSeen = true;
            return;
        }

        collector.Heading(level, text);
    }

    private void Table(IHtmlTableElement table)
    {
        if (table.Caption is { } caption)
        {
            collector.Paragraph(HtmlText.Of(caption));
        }

        var rows = table.Rows.ToList();
        var hasHeader = rows.Count > 0 && (rows[0].ParentElement is IHtmlTableSectionElement { LocalName: "thead" }
            || rows[0].Cells.All(cell => cell.LocalName == "th"));
        collector.Table(rows.Select(row => (IReadOnlyList<string>)row.Cells.Select(HtmlText.Of).ToList()).ToList(), hasHeader);
    }

    private void Flush()
    {
        collector.Paragraph(_inline.ToString());
        _inline.Clear();
    }
}
