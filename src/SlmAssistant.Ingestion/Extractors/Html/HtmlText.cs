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

    public static string Of(INode node)
    {
        var builder = new StringBuilder();
        Append(node, builder);
        return Whitespace.Collapse(builder.ToString());
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element)
            {
                var separate = IsBlock(element) || element.LocalName == "br";
                builder.Append(separate ? " " : string.Empty);
                Append(element, builder);
                builder.Append(separate ? " " : string.Empty);
            }
        }
    }
}
