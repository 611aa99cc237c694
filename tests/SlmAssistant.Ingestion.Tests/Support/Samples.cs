using SlmAssistant.TestKit.Documents;

namespace SlmAssistant.Ingestion.Tests.Support;

/// <summary>The documents the extractor tests read, written as real PDF/DOCX by the TestKit writers.</summary>
public static class Samples
{
    public const string ReturnsTitle = "Returns Policy";

    /// <summary>
    /// A title, an introduction above the first heading, "Refunds" with a subsection "Store credit", and "Exchanges"
    /// long enough to run over several PDF pages.
    /// </summary>
    public static SampleDocument Returns { get; } = SampleDocument.ParseMarkdown(
        $"""
        # {ReturnsTitle}

        This policy explains how returns work at Contoso Outdoor.

        ## Refunds

        {string.Join(' ', Enumerable.Repeat("Refunds are paid to the original card within fourteen days of receiving the item.", 6))}

        Refunds for sale items are paid as store credit.

        ### Store credit

        Store credit never expires and can be used online or in any shop.

        ## Exchanges

        {string.Join("\n\n", Enumerable.Range(1, 45).Select(i => $"Exchange rule {i}: an item can be exchanged for another size or colour within thirty days."))}

        The final exchange rule is printed on the last page.
        """);

    public static byte[] ReturnsPdf() => PdfDocumentWriter.Write(Returns);

    public static byte[] ReturnsDocx() => DocxDocumentWriter.Write(Returns);

    public static MemoryStream Stream(byte[] bytes) => new(bytes, writable: false);

    public static MemoryStream Stream(string text) => new(System.Text.Encoding.UTF8.GetBytes(text), writable: false);
}
