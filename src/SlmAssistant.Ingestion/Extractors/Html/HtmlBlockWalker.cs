using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SlmAssistant.Ingestion.Extractors.Html;

/// <summary>
/// Walks the DOM in order, gathering inline text until a block boundary: paragraphs, list items and the like become
/// blocks, h1-h6 set the section path, table rows become " | "-joined blocks, &lt;pre&gt; keeps its lines. The walk keeps
/// its own stack (no recursion, so no stack overflow however deep the page) and refuses a tree deeper than the budget allows.
/// </summary>
internal sealed class HtmlBlockWalker(BlockCollector collector, string title, ExtractionBudget budget)
{
    private readonly StringBuilder _inline = new();
    private bool _titleSeen;

    public void Walk(INode root)
    {
        var frames = new Stack<Frame>();
        frames.Push(new Frame(root.ChildNodes, flushAfter: false));
        while (frames.Count > 0)
        {
            var frame = frames.Peek();
            if (frame.Next >= frame.Children.Length)
            {
                frames.Pop();
                if (frame.FlushAfter)
                {
                    Flush();
                }

                continue;
            }

            budget.Check();
            var child = frame.Children[frame.Next++];
            if (child is IText text)
            {
                _inline.Append(text.Data);
            }
            else if (child is IElement element && Visit(element) is bool block)
            {
                if (frames.Count >= budget.MaxHtmlDepth)
                {
                    throw budget.TooComplex($"its HTML nests elements more than {budget.MaxHtmlDepth} deep (Ingestion:MaxHtmlDepth)");
                }

                frames.Push(new Frame(element.ChildNodes, flushAfter: block));
            }
        }
    }

    /// <summary>Call after <see cref="Walk"/> to emit trailing inline text.</summary>
    public void Complete() => Flush();

    /// <summary>Handles the element; returns whether to walk into its children as a block (true) or inline (false), or null when done with it.</summary>
    private bool? Visit(IElement element)
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
            return true;
        }
        else
        {
            return false;
        }

        return null;
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

    private sealed class Frame(INodeList children, bool flushAfter)
    {
        public INodeList Children { get; } = children;

        public bool FlushAfter { get; } = flushAfter;

        public int Next { get; set; }
    }
}
