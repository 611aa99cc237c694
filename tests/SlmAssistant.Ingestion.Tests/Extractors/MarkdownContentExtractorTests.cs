using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Extractors.Markdown;
using SlmAssistant.Ingestion.Tests.Support;

namespace SlmAssistant.Ingestion.Tests.Extractors;

public sealed class MarkdownContentExtractorTests
{
    private const string Guide = """
        # Warranty Guide

        Every product has a **two-year** warranty, see [the terms](https://example.com/terms).

        ## Claims

        Send a claim with `form W-1` and a photo.

        ### By post

        1. Print the form
        2. Post it to *Contoso Returns*

        ## Coverage

        | Part | Covered |
        |------|---------|
        | Motor | Yes |
        | Battery | 1 year |

        ```
        Claim line: 0800 123
        Hours: 9-5
        ```

        > Quoted: keep the receipt.
        """;

    private readonly MarkdownContentExtractor _extractor = new();

    [Fact]
    public async Task FirstHeadingIsTheTitleAndNotPartOfTheSectionPath()
    {
        var document = await ExtractAsync(Guide);

        Assert.Equal("Warranty Guide", document.Title);
        Assert.Empty(document.Blocks[0].SectionPath);
        Assert.DoesNotContain(document.Blocks, block => block.SectionPath.Contains("Warranty Guide"));
    }

    [Fact]
    public async Task HeadingsBuildTheSectionPath()
    {
        var document = await ExtractAsync(Guide);

        Assert.Equal(["Claims"], Block(document, "Send a claim").SectionPath);
        Assert.Equal(["Claims", "By post"], Block(document, "Print the form").SectionPath);
        Assert.Equal(["Coverage"], Block(document, "Motor").SectionPath);
    }

    [Fact]
    public async Task InlineSyntaxIsStrippedAndLinksKeepTheirText()
    {
        var document = await ExtractAsync(Guide);

        Assert.Equal("Every product has a two-year warranty, see the terms.", document.Blocks[0].Text);
        Assert.Equal("Send a claim with form W-1 and a photo.", Block(document, "Send a claim").Text);
        Assert.Equal("Post it to Contoso Returns", Block(document, "Post it").Text);
    }

    [Fact]
    public async Task ListItemsTableRowsAsSentencesCodeAndQuotesAreBlocks()
    {
        var document = await ExtractAsync(Guide);

        Assert.Equal(
            [
                "Every product has a two-year warranty, see the terms.",
                "Send a claim with form W-1 and a photo.",
                "Print the form",
                "Post it to Contoso Returns",
                "Motor — Covered: Yes.",
                "Battery — Covered: 1 year.",
                "Claim line: 0800 123\nHours: 9-5",
                "Quoted: keep the receipt.",
            ],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task WithoutAFirstLevelHeadingTheFileNameIsTheTitle()
    {
        var document = await ExtractAsync("## Only a section\n\nBody text.", "docs/store-hours.md");

        Assert.Equal("store-hours", document.Title);
        Assert.Equal(["Only a section"], Assert.Single(document.Blocks).SectionPath);
    }

    [Fact]
    public async Task FrontMatterIsSkippedAndItsTitleUsedWhenThereIsNoHeading()
    {
        var document = await ExtractAsync("---\ntitle: \"Gift cards\"\nowner: support\n---\nGift cards last five years.\n", "gift.md");

        Assert.Equal("Gift cards", document.Title);
        Assert.Equal("Gift cards last five years.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task FrontMatterUrlIsTheDocumentsPublicAddressWhenItIsAWebAddress()
    {
        var linked = await ExtractAsync("---\nurl: https://shop.example/help/gift-cards\n---\n# Gift cards\n\nGift cards last five years.\n");
        var local = await ExtractAsync("---\nurl: file:///etc/passwd\n---\n# Gift cards\n\nGift cards last five years.\n");

        Assert.Equal("https://shop.example/help/gift-cards", linked.Url);
        Assert.Null(local.Url);
    }

    [Fact]
    public async Task HeadingOnlyDocumentIsEmpty()
    {
        var error = await Assert.ThrowsAsync<ExtractionException>(() => ExtractAsync("# Title only\n", "title.md"));

        Assert.Contains("empty", error.Reason);
    }

    private Task<ExtractedDocument> ExtractAsync(string markdown, string name = "guides/warranty.md") =>
        _extractor.ExtractAsync(Samples.Stream(markdown), name);

    private static ExtractedBlock Block(ExtractedDocument document, string start) =>
        Assert.Single(document.Blocks, block => block.Text.StartsWith(start, StringComparison.Ordinal));
}
