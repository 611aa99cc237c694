using System.IO.Compression;
using System.Text;
using SlmAssistant.Ingestion.Detection;
using SlmAssistant.Ingestion.Tests.Support;

namespace SlmAssistant.Ingestion.Tests.Detection;

using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

public sealed class DocumentFormatDetectorTests
{
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private readonly DocumentFormatDetector _detector = new();

    [Fact]
    public void PdfNamedTxtIsDetectedAsPdf() =>
        Assert.Equal(DocumentFormat.Pdf, _detector.Detect(Samples.ReturnsPdf(), "notes.txt").Format);

    [Fact]
    public void PngNamedPdfIsUnknownAndSaysItIsAnImage()
    {
        var detection = _detector.Detect(PngHeader, "scan.pdf");

        Assert.Equal(DocumentFormat.Unknown, detection.Format);
        Assert.Contains("PNG", detection.Reason);
    }

    [Fact]
    public void DocxIsDetectedByContentWhateverItsName() =>
        Assert.Equal(DocumentFormat.Docx, _detector.Detect(Samples.ReturnsDocx(), "upload.bin").Format);

    [Fact]
    public void ZipWithoutWordDocumentIsNotAWordDocument()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        var detection = _detector.Detect(zip.ToArray(), "policy.docx");

        Assert.Equal(DocumentFormat.Unknown, detection.Format);
        Assert.Contains("not a Word document", detection.Reason);
    }

    [Fact]
    public void OleCompoundFileIsRefusedAsLegacyOrEncryptedOffice()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var detection = _detector.Detect(ole, "contract.docx");

        Assert.Equal(DocumentFormat.Unknown, detection.Format);
        Assert.Contains("legacy or encrypted Office file", detection.Reason);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.txt")]
    [InlineData("<!-- saved page -->\n<html lang=\"en\"><p>Hi</p></html>", "page")]
    [InlineData("<p>Fragment</p>", "fragment.htm")]
    [InlineData("<head><title>T</title></head><body>x</body>", "unnamed")]
    public void HtmlIsRecognisedByItsMarkers(string content, string fileName) =>
        Assert.Equal(DocumentFormat.Html, _detector.Detect(Encoding.UTF8.GetBytes(content), fileName).Format);

    [Fact]
    public void MarkdownExtensionMakesTextMarkdown() =>
        Assert.Equal(DocumentFormat.Markdown, _detector.Detect("Just a line of prose."u8.ToArray(), "faq.md").Format);

    [Fact]
    public void MarkdownWithoutAnExtensionIsRecognisedByItsStructure()
    {
        var content = "# Shipping\n\nWe ship **worldwide**.\n\n## Costs\n\n- Standard: free\n- Express: see [rates](https://example.com)\n"u8.ToArray();

        Assert.Equal(DocumentFormat.Markdown, _detector.Detect(content, "shipping").Format);
    }

    [Fact]
    public void TxtExtensionKeepsMarkdownLookingTextAsText()
    {
        var content = "# not a heading, a comment\n- item\n"u8.ToArray();

        Assert.Equal(DocumentFormat.Text, _detector.Detect(content, "notes.txt").Format);
    }

    [Fact]
    public void ProseIsPlainText() =>
        Assert.Equal(DocumentFormat.Text, _detector.Detect("Opening hours are 9 to 5.\n\nClosed on Sundays.\n"u8.ToArray(), "hours").Format);

    [Fact]
    public void Utf16TextIsText() =>
        Assert.Equal(DocumentFormat.Text, _detector.Detect(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hello there")).ToArray(), "a.txt").Format);

    [Fact]
    public void BinaryDataWithNulsIsUnknown()
    {
        var random = new byte[2048];
        new Random(7).NextBytes(random);
        random[100] = 0;

        var detection = _detector.Detect(random, "data.txt");

        Assert.Equal(DocumentFormat.Unknown, detection.Format);
        Assert.Contains("binary", detection.Reason);
    }

    [Fact]
    public void EmptyFileIsUnknownBecauseItIsEmpty()
    {
        var detection = _detector.Detect(Array.Empty<byte>(), "empty.pdf");

        Assert.Equal(DocumentFormat.Unknown, detection.Format);
        Assert.Contains("empty", detection.Reason);
    }
}
