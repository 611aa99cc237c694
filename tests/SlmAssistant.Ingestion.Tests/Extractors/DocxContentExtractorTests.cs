using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Extractors.Docx;
using SlmAssistant.Ingestion.Tests.Support;

namespace SlmAssistant.Ingestion.Tests.Extractors;

public sealed class DocxContentExtractorTests
{
    private readonly DocxContentExtractor _extractor = new(Options.Create(new IngestionOptions()));

    [Fact]
    public async Task HeadingStylesBuildTheSectionPathAndTheTitleIsNotASection()
    {
        var document = await ExtractAsync(Samples.ReturnsDocx());

        Assert.Equal(Samples.ReturnsTitle, document.Title);
        Assert.Empty(Block(document, "This policy explains").SectionPath);
        Assert.Equal(["Refunds"], Block(document, "Refunds for sale items").SectionPath);
        Assert.Equal(["Refunds", "Store credit"], Block(document, "Store credit never expires").SectionPath);
        Assert.Equal(["Exchanges"], Block(document, "Exchange rule 45:").SectionPath);
        Assert.DoesNotContain(document.Blocks, block => block.Text is Samples.ReturnsTitle or "Refunds" or "Exchanges");
        Assert.Null(document.PageCount);
    }

    [Fact]
    public async Task TitleStyleParagraphIsTheTitleWhenCorePropertiesHaveNone()
    {
        var docx = new WordDocumentBuilder()
            .Style("Title", "Title")
            .Paragraph("Warranty Terms", "Title")
            .Paragraph("Every product carries a two-year warranty.")
            .Build();

        var document = await ExtractAsync(docx);

        Assert.Equal("Warranty Terms", document.Title);
        Assert.Equal(["Every product carries a two-year warranty."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task HeadingsAreFoundByStyleNameAndByOutlineLevel()
    {
        var docx = new WordDocumentBuilder { CoreTitle = "Handbook" }
            .Style("berschrift1", "heading 1")
            .Style("Chapter", "Chapter", outlineLevel: 0)
            .Style("Topic", "Topic", outlineLevel: 1)
            .Paragraph("Localised heading", "berschrift1")
            .Paragraph("Under the localised heading.")
            .Paragraph("Custom chapter", "Chapter")
            .Paragraph("Custom topic", "Topic")
            .Paragraph("Under the custom topic.")
            .Build();

        var document = await ExtractAsync(docx);

        Assert.Equal("Handbook", document.Title);
        Assert.Equal(["Localised heading"], Block(document, "Under the localised heading.").SectionPath);
        Assert.Equal(["Custom chapter", "Custom topic"], Block(document, "Under the custom topic.").SectionPath);
    }

    [Fact]
    public async Task TablesBecomeOneSentencePerRowNamingEachColumnAndTheHeaderRowIsNotABlock()
    {
        var docx = new WordDocumentBuilder { CoreTitle = "Fees" }
            .Style("Heading1", "heading 1")
            .Paragraph("Restocking fees", "Heading1")
            .Table(["Item", "Fee"], ["Opened electronics", "15%"], ["Special orders", "25%"])
            .Build();

        var document = await ExtractAsync(docx);

        Assert.Equal(["Opened electronics — Fee: 15%.", "Special orders — Fee: 25%."], document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, block => Assert.Equal(["Restocking fees"], block.SectionPath));
    }

    [Fact]
    public async Task ListItemsAreBlocksOfTheirOwn()
    {
        var docx = new WordDocumentBuilder { CoreTitle = "Checklist" }
            .Paragraph("Bring these:")
            .ListItem("the receipt")
            .ListItem("the original packaging")
            .Build();

        var document = await ExtractAsync(docx);

        Assert.Equal(["Bring these:", "the receipt", "the original packaging"], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task DeletedRevisionsAndFieldCodesAreNotText()
    {
        var docx = new WordDocumentBuilder { CoreTitle = "Revisions" }
            .ParagraphWithHiddenMarkup("Kept text.", " Removed text.", " PAGE \\* MERGEFORMAT ")
            .Build();

        var document = await ExtractAsync(docx);

        Assert.Equal("Kept text.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task ZipBombIsRefusedBeforeParsing()
    {
        var error = await Assert.ThrowsAsync<ExtractionException>(() => ExtractAsync(HostileFiles.ZipBombDocx()));

        Assert.Contains("zip bomb", error.Reason);
        Assert.Contains("padding.bin", error.Reason);
    }

    [Fact]
    public async Task ArchiveWithTooManyEntriesIsRefused()
    {
        var extractor = new DocxContentExtractor(Options.Create(new IngestionOptions { MaxArchiveEntries = 3 }));

        var error = await Assert.ThrowsAsync<ExtractionException>(
            () => extractor.ExtractAsync(Samples.Stream(Samples.ReturnsDocx()), "returns.docx"));

        Assert.Contains("ZIP entries", error.Reason);
    }

    [Fact]
    public async Task ArchiveInflatingBeyondTheTotalLimitIsRefused()
    {
        var extractor = new DocxContentExtractor(Options.Create(new IngestionOptions { MaxArchiveUncompressedBytes = 1024 }));

        var error = await Assert.ThrowsAsync<ExtractionException>(
            () => extractor.ExtractAsync(Samples.Stream(Samples.ReturnsDocx()), "returns.docx"));

        Assert.Contains("inflates to more than", error.Reason);
    }

    [Fact]
    public async Task TruncatedDocxIsRefusedAsDamaged()
    {
        var docx = Samples.ReturnsDocx();

        var error = await Assert.ThrowsAsync<ExtractionException>(() => ExtractAsync(docx[..(docx.Length * 2 / 3)]));

        Assert.Contains("damaged", error.Reason);
    }

    [Fact]
    public async Task GarbledDocxIsRefusedAsDamaged()
    {
        var docx = Samples.ReturnsDocx();
        for (var i = 200; i < docx.Length - 200; i += 3)
        {
            docx[i] ^= 0x5A;
        }

        var error = await Assert.ThrowsAsync<ExtractionException>(() => ExtractAsync(docx));

        Assert.Contains("damaged", error.Reason);
    }

    [Fact]
    public async Task LegacyOrEncryptedOfficeFileIsRefused()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]];

        var error = await Assert.ThrowsAsync<ExtractionException>(() => ExtractAsync(ole));

        Assert.Contains("legacy or encrypted Office file", error.Reason);
    }

    [Fact]
    public async Task DocumentWithoutTextIsEmpty()
    {
        var docx = new WordDocumentBuilder { CoreTitle = "Blank" }.Paragraph("   ").Build();

        var error = await Assert.ThrowsAsync<ExtractionException>(() => ExtractAsync(docx));

        Assert.Contains("empty", error.Reason);
    }

    private Task<ExtractedDocument> ExtractAsync(byte[] docx) => _extractor.ExtractAsync(Samples.Stream(docx), "policies/returns.docx");

    private static ExtractedBlock Block(ExtractedDocument document, string start) =>
        Assert.Single(document.Blocks, block => block.Text.StartsWith(start, StringComparison.Ordinal));
}
