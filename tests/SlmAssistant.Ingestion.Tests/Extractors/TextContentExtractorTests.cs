using System.Text;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Extractors.Text;
using SlmAssistant.Ingestion.Tests.Support;

namespace SlmAssistant.Ingestion.Tests.Extractors;

using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

public sealed class TextContentExtractorTests
{
    private readonly TextContentExtractor _extractor = new();

    [Fact]
    public async Task ParagraphsSplitOnBlankLinesAndWrappedLinesAreRejoined()
    {
        const string text = "Our shop opens at nine\nand closes at five.\r\n\r\nWe are closed on\nSundays.\n\n\n- Bring a bag\n- Pay by card\n";

        var document = await _extractor.ExtractAsync(Samples.Stream(text), "notes/shop-hours.txt");

        Assert.Equal(
            ["Our shop opens at nine and closes at five.", "We are closed on Sundays.", "- Bring a bag", "- Pay by card"],
            document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, block => Assert.Empty(block.SectionPath));
    }

    [Fact]
    public async Task TitleIsTheFileName()
    {
        var document = await _extractor.ExtractAsync(Samples.Stream("Text."), "notes/shop-hours.txt");

        Assert.Equal("shop-hours", document.Title);
        Assert.Equal(DocumentFormat.Text, document.Format);
    }

    [Fact]
    public void NonUtf8TextIsReadAsLatin1AndTheDecodingSaysSo()
    {
        byte[] bytes = [.. "Cr"u8, 0xE8, .. "me br"u8, 0xFB, .. "l"u8, 0xE9, .. "e: 4 "u8, 0x80];

        var decoded = _extractor.Decode(bytes);
        var document = _extractor.Extract(decoded, "menu.txt");

        Assert.Equal("Crème brûlée: 4 €", Assert.Single(document.Blocks).Text);
        Assert.True(decoded.IsFallback);
        Assert.NotNull(decoded.Warning);
    }

    [Fact]
    public async Task Utf16FileWithByteOrderMarkIsRead()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Grüße aus Köln.")];

        var document = await _extractor.ExtractAsync(Samples.Stream(bytes), "greeting.txt");

        Assert.Equal("Grüße aus Köln.", Assert.Single(document.Blocks).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    public async Task EmptyOrWhitespaceOnlyTextIsRefused(string text)
    {
        var error = await Assert.ThrowsAsync<ExtractionException>(() => _extractor.ExtractAsync(Samples.Stream(text), "blank.txt"));

        Assert.Contains("empty", error.Reason);
        Assert.Equal("blank.txt", error.Source);
    }
}
