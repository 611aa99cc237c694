using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SlmAssistant.Ingestion.Extractors.Docx;

/// <summary>
/// Classifies paragraphs by style the way Word does: the built-in ids (Title, Heading1..9), the style names
/// ("heading 1" in any language-neutral id), or an outline level set on the paragraph or inherited through basedOn.
/// </summary>
internal sealed partial class DocxStyles
{
    private const int BodyTextOutlineLevel = 9;
    private readonly Dictionary<string, Style> _styles;

    private DocxStyles(Dictionary<string, Style> styles) => _styles = styles;

    public static DocxStyles Load(MainDocumentPart main)
    {
        var styles = new Dictionary<string, Style>(StringComparer.OrdinalIgnoreCase);
        var parts = new Styles?[] { main.StyleDefinitionsPart?.Styles, main.StylesWithEffectsPart?.Styles };
        foreach (var style in parts.Where(part => part is not null).SelectMany(part => part!.Elements<Style>()))
        {
            if (style.StyleId?.Value is string id)
            {
                styles.TryAdd(id, style);
            }
        }

        return new DocxStyles(styles);
    }

    public DocxParagraphKind Classify(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var name = styleId is not null && _styles.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value : null;
        if (string.Equals(styleId, "Title", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Title", StringComparison.OrdinalIgnoreCase))
        {
            return DocxParagraphKind.Title;
        }

        if ((HeadingNumber(styleId) ?? HeadingNumber(name)) is int level)
        {
            return DocxParagraphKind.Heading(level);
        }

        var outline = properties?.OutlineLevel?.Val?.Value ?? InheritedOutlineLevel(styleId);
        return outline is int value && value < BodyTextOutlineLevel ? DocxParagraphKind.Heading(value + 1) : DocxParagraphKind.Body;
    }

    private int? InheritedOutlineLevel(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 10 && _styles.TryGetValue(styleId, out var style); depth++)
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int level)
            {
                return level;
            }

            styleId = style.BasedOn?.Val?.Value;
        }

        return null;
    }

    private static int? HeadingNumber(string? styleIdOrName) =>
        styleIdOrName is not null && HeadingPattern().Match(styleIdOrName) is { Success: true } match
            ? match.Groups[1].Value[0] - '0'
            : null;

    [GeneratedRegex(@"^heading\s?([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingPattern();
}
