using System.Text;
using Markdig.Syntax.Inlines;

namespace SlmAssistant.Ingestion.Extractors.Markdown;

/// <summary>The plain text of Markdown inlines: emphasis and code marks dropped, links and images reduced to their text.</summary>
internal static class MarkdownInlines
{
    public static string ToText(ContainerInline? inlines)
    {
        var builder = new StringBuilder();
        Append(inlines, builder);
        return Whitespace.Collapse(builder.ToString());
    }

    private static void Append(ContainerInline? container, StringBuilder builder)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case ContainerInline nested:
                    // Emphasis, links (their text, not the URL), images (their alt text).
                    Append(nested, builder);
                    break;
            }
        }
    }
}
