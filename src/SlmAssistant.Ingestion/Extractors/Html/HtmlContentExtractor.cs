using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Decoding;

namespace SlmAssistant.Ingestion.Extractors.Html;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>
/// Reads HTML with AngleSharp: page furniture (scripts, styles, navigation, page header/footer, asides, forms) removed,
/// &lt;main&gt; or a lone &lt;article&gt; preferred, h1-h6 as the section path. Title from &lt;title&gt;, else the first &lt;h1&gt;.
/// A page nested deeper than the budget's <see cref="ExtractionBudget.MaxHtmlDepth"/> is refused before it is parsed.
/// </summary>
public sealed class HtmlContentExtractor : IDecodedTextExtractor
{
    private static readonly string Furniture =
        "script, style, noscript, nav, aside, form, template, iframe, svg, canvas, object, embed, button, select, [hidden], [aria-hidden=true]";

    public DocumentFormat Format => DocumentFormat.Html;

    public async Task<ExtractedDocument> ExtractAsync(Stream content, string sourceName, CancellationToken cancellationToken = default)
    {
        var bytes = await ContentReader.ReadAllAsync(content, cancellationToken);
        return Extract(Decode(bytes), sourceName);
    }

    public DecodedText Decode(ReadOnlySpan<byte> content)
    {
        var decoded = TextDecoder.Decode(content);
        return decoded.IsFallback && HtmlCharset.Find(content) is string charset && TextDecoder.DecodeAs(content, charset) is DecodedText declared
            ? declared
            : decoded;
    }

    public ExtractedDocument Extract(DecodedText text, string sourceName, ExtractionBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var ownBudget = budget is null ? ExtractionBudget.DepthOnly(sourceName) : null;
        budget ??= ownBudget!;
        var depth = HtmlNesting.Depth(text.Text, budget.MaxHtmlDepth, budget);
        if (depth > budget.MaxHtmlDepth)
        {
            throw budget.TooComplex($"its HTML nests elements more than {budget.MaxHtmlDepth} deep (Ingestion:MaxHtmlDepth)");
        }

        using var document = new HtmlParser().ParseDocument(text.Text);
        var url = DocumentUrl.Normalize(document.QuerySelector("link[rel~=canonical i]")?.GetAttribute("href"))
            ?? DocumentUrl.Normalize(document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        foreach (var element in document.QuerySelectorAll(Furniture).ToList())
        {
            element.Remove();
        }

        // The page's header and footer are site furniture; an article's own header holds its h1 and stays.
        foreach (var element in document.QuerySelectorAll("header, footer").Where(e => e.Closest("main, article") is null).ToList())
        {
            element.Remove();
        }

        var articles = document.QuerySelectorAll("article");
        var root = document.QuerySelector("main") ?? (articles.Length == 1 ? articles[0] : null) ?? document.Body ?? document.DocumentElement;
        var firstH1 = root.QuerySelector("h1");
        var title = DocumentTitle.NullIfBlank(document.Title)
            ?? DocumentTitle.NullIfBlank(firstH1 is null ? null : HtmlText.Of(firstH1))
            ?? DocumentTitle.FromSourceName(sourceName);
        budget.CheckNow();
        var collector = new BlockCollector();
        var walker = new HtmlBlockWalker(collector, title, budget);
        walker.Walk(root);
        walker.Complete();
        return collector.Build(title, DocumentFormat.Html, sourceName) with { Url = url };
    }
}
