using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Decoding;

namespace SlmAssistant.Ingestion.Extractors.Markdown;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>
/// Reads Markdown with Markdig: the first "#" heading is the title (not a section), deeper headings build the section
/// path; paragraphs, list items, table rows and code blocks become blocks, with inline syntax stripped (links keep their text).
/// Lists and block quotes nested deeper than the budget's <see cref="ExtractionBudget.MaxMarkdownNesting"/> are refused
/// before Markdig parses them.
/// </summary>
public sealed class MarkdownContentExtractor : IDecodedTextExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseYamlFrontMatter()
        .Build();

    public DocumentFormat Format => DocumentFormat.Markdown;

    public async Task<ExtractedDocument> ExtractAsync(Stream content, string sourceName, CancellationToken cancellationToken = default)
    {
        var bytes = await ContentReader.ReadAllAsync(content, cancellationToken);
        return Extract(Decode(bytes), sourceName);
    }

    public DecodedText Decode(ReadOnlySpan<byte> content) => TextDecoder.Decode(content);

    public ExtractedDocument Extract(DecodedText text, string sourceName, ExtractionBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var ownBudget = budget is null ? ExtractionBudget.DepthOnly(sourceName) : null;
        budget ??= ownBudget!;
        if (MarkdownNesting.Depth(text.Text, budget) > budget.MaxMarkdownNesting)
        {
            throw budget.TooComplex($"its lists or block quotes nest more than {budget.MaxMarkdownNesting} deep (Ingestion:MaxMarkdownNesting)");
        }

        var document = Markdig.Markdown.Parse(text.Text, Pipeline);
        var titleHeading = document.Descendants<HeadingBlock>().FirstOrDefault(heading => heading.Level == 1);
        var title = DocumentTitle.NullIfBlank(titleHeading is null ? null : MarkdownInlines.ToText(titleHeading.Inline))
            ?? FrontMatterTitle(document)
            ?? DocumentTitle.FromSourceName(sourceName);
        var collector = new BlockCollector();
        budget.CheckNow();
        new MarkdownBlockWalker(collector, titleHeading, budget).Walk(document);
        return collector.Build(title, DocumentFormat.Markdown, sourceName) with { Url = DocumentUrl.Normalize(FrontMatter(document, "url")) };
    }

    private static string? FrontMatterTitle(MarkdownDocument document) => DocumentTitle.NullIfBlank(FrontMatter(document, "title"));

    // One "key: value" line of the YAML front matter; nested YAML is not needed for these keys.
    private static string? FrontMatter(MarkdownDocument document, string key)
    {
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        var line = frontMatter?.Lines.Lines?
            .Select(l => l.ToString().Trim())
            .FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));
        return line?[(key.Length + 1)..].Trim().Trim('"', '\'');
    }
}
