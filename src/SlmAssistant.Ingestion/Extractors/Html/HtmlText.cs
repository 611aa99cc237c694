using System.Text;
using AngleSharp.Dom;

namespace SlmAssistant.Ingestion.Extractors.Html;

/// <summary>An element's text with spaces where block boundaries and line breaks were (TextContent glues them).</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "hgroup", "hr", "html",
        "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    /// <summary>Walked with a stack of its own, not by recursion, so a deep subtree cannot overflow the call stack.</summary>
    public static string Of(INode node)
    {
        var builder = new StringBuilder();
        // A null node stands for the space that closes a separated element.
        var pending = new Stack<INode?>();
        PushChildren(node, pending);
        while (pending.TryPop(out var next))
        {
            if (next is null)
            {
                builder.Append(' ');
            }
            else if (next is IText text)
            {
                builder.Append(text.Data);
            }
            else if (next is IElement element)
            {
                if (IsBlock(element) || element.LocalName == "br")
                {
                    builder.Append(' ');
                    pending.Push(null);
                }

                PushChildren(element, pending);
            }
        }

        return Whitespace.Collapse(builder.ToString());
    }

    private static void PushChildren(INode node, Stack<INode?> pending)
    {
        for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
        {
            pending.Push(node.ChildNodes[i]);
        }
    }
}
