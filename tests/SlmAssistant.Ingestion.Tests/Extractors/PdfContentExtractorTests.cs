using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Extractors.Pdf;
using SlmAssistant.Ingestion.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace SlmAssistant.Ingestion.Tests.Extractors;

public sealed class PdfContentExtractorTests
{
    private readonly PdfContentExtractor _extractor = new();

    [Fact]
    public async Task TitleComesFromTheDocumentInformationAndIsNotASection()
    {
        var document = await ExtractAsync(Samples.ReturnsPdf());

        Assert.Equal(Samples.ReturnsTitle, document.Title);
        Assert.DoesNotContain(document.Blocks, block => block.Text == Samples.ReturnsTitle);
        Assert.All(document.Blocks, block => Assert.DoesNotContain(Samples.ReturnsTitle, block.SectionPath));
    }

    [Fact]
    public async Task HeadingsFromLargerFontsBuildTheSectionPath()
    {
        var document = await ExtractAsync(Samples.ReturnsPdf());

        Assert.Empty(Block(document, "This policy explains").SectionPath);
        Assert.Equal(["Refunds"], Block(document, "Refunds for sale items").SectionPath);
        Assert.Equal(["Refunds", "Store credit"], Block(document, "Store credit never expires").SectionPath);
        Assert.Equal(["Exchanges"], Block(document, "Exchange rule 1:").SectionPath);
        Assert.DoesNotContain(document.Blocks, block => block.Text is "Refunds" or "Store credit" or "Exchanges");
    }

    [Fact]
    public async Task WrappedLinesOfAParagraphAreOneBlock()
    {
        var document = await ExtractAsync(Samples.ReturnsPdf());

        var refunds = Block(document, "Refunds are paid");
        Assert.Equal(string.Join(' ', Enumerable.Repeat("Refunds are paid to the original card within fourteen days of receiving the item.", 6)), refunds.Text);
        Assert.Equal("Refunds for sale items are paid as store credit.", Block(document, "Refunds for sale items").Text);
    }

    [Fact]
    public async Task SentenceCutByAPageBreakStaysOneBlock()
    {
        var document = await ExtractAsync(Samples.ReturnsPdf());

        var rules = document.Blocks.Where(block => block.Text.StartsWith("Exchange rule", StringComparison.Ordinal)).ToList();
        Assert.Equal(45, rules.Count);
        Assert.All(rules, rule => Assert.EndsWith("within thirty days.", rule.Text));
        Assert.DoesNotContain(document.Blocks, block => char.IsLower(block.Text[0]));
    }

    [Fact]
    public async Task BlocksKeepTheirPageNumbers()
    {
        var document = await ExtractAsync(Samples.ReturnsPdf());

        Assert.True(document.PageCount >= 2, $"the sample should span pages, got {document.PageCount}");
        Assert.Equal(1, Block(document, "This policy explains").Page);
        Assert.Equal(document.PageCount, Block(document, "The final exchange rule").Page);
        var pages = document.Blocks.Select(block => block.Page ?? 0).ToList();
        Assert.Equal(pages.Order(), pages);
        Assert.Equal(Enumerable.Range(1, document.PageCount!.Value), pages.Distinct());
    }

    [Fact]
    public async Task WithoutAnInfoTitleTheFirstHeadingIsTheTitle()
    {
        var pdf = HostileFiles.ReplaceInPdf(Samples.ReturnsPdf(), "/Title (Returns Policy)", "/Xitle (Returns Policy)");

        var document = await ExtractAsync(pdf);

        Assert.Equal(Samples.ReturnsTitle, document.Title);
        Assert.Equal(["Refunds", "Store credit"], Block(document, "Store credit never expires").SectionPath);
    }

    [Fact]
    public async Task RunningHeadersFootersAndPageNumbersAreDropped()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var number = 1; number <= 3; number++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Contoso Staff Handbook", 9, new PdfPoint(56, 800), font);
            for (var line = 0; line < 5; line++)
            {
                page.AddText($"Body line {line} of page {number} about annual leave and sick days.", 11, new PdfPoint(56, 700 - (line * 20)), font);
            }

            page.AddText($"Page {number} of 3", 9, new PdfPoint(280, 30), font);
        }

        var document = await ExtractAsync(builder.Build());

        var text = string.Join('\n', document.Blocks.Select(b => b.Text));
        Assert.DoesNotContain("Handbook", text);
        Assert.DoesNotContain("of 3", text);
        Assert.Equal(15, document.Blocks.Count(b => b.Text.StartsWith("Body line", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EncryptedPdfIsRefusedWithAReason()
    {
        var pdf = HostileFiles.EncryptedPdf();

        var error = await Assert.ThrowsAsync<ExtractionException>(() => ExtractAsync(pdf));

        Assert.Contains("encrypted", error.Reason);
    }

    [Fact]
    public async Task TruncatedPdfIsRefusedAsDamaged()
    {
        var error = await Assert.ThrowsAsync<ExtractionException>(() => ExtractAsync(HostileFiles.TruncatedPdf()));

        Assert.Contains("damaged", error.Reason);
    }

    [Fact]
    public async Task PdfWithNoTextIsRefusedAsScanned()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 200, 300, lineWidth: 2, fill: true);

        var error = await Assert.ThrowsAsync<ExtractionException>(() => ExtractAsync(builder.Build()));

        Assert.Contains("no extractable text", error.Reason);
        Assert.Contains("scanned", error.Reason);
    }

    private Task<ExtractedDocument> ExtractAsync(byte[] pdf) => _extractor.ExtractAsync(Samples.Stream(pdf), "policies/returns.pdf");

    private static ExtractedBlock Block(ExtractedDocument document, string start) =>
        Assert.Single(document.Blocks, block => block.Text.StartsWith(start, StringComparison.Ordinal));
}
