using System.Text;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Extractors.Html;
using SlmAssistant.Ingestion.Tests.Support;

namespace SlmAssistant.Ingestion.Tests.Extractors;

public sealed class HtmlContentExtractorTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html>
        <head><title>Delivery FAQ</title><style>p { color: red }</style><script>var secret = "tracking code";</script></head>
        <body>
          <header><a href="/">Contoso</a> Site banner</header>
          <nav><ul><li>Home</li><li>Menu link</li></ul></nav>
          <h1>Delivery FAQ</h1>
          <p>Orders ship within <strong>two</strong> working days.</p>
          <h2>Costs</h2>
          <p>Standard delivery is free<br>over 50 euros.</p>
          <table><caption>Rates</caption><tr><th>Service</th><th>Price</th></tr><tr><td>Express</td><td>9.90</td></tr></table>
          <h3>Islands</h3>
          <ul><li>Orkney <em>two</em> extra days</li><li>Shetland</li></ul>
          <pre>Zone A   1 day
        Zone B   3 days</pre>
          <aside>Related: gift cards</aside>
          <form><label>Newsletter signup</label></form>
          <noscript>Enable JavaScript</noscript>
          <footer>Copyright footer</footer>
        </body>
        </html>
        """;

    private readonly HtmlContentExtractor _extractor = new();

    [Fact]
    public async Task ScriptsStylesNavigationAndPageFurnitureAreStripped()
    {
        var text = string.Join('\n', (await ExtractAsync(Page)).Blocks.Select(b => b.Text));

        foreach (var furniture in new[] { "tracking code", "color: red", "Site banner", "Menu link", "gift cards", "Newsletter", "JavaScript", "Copyright" })
        {
            Assert.DoesNotContain(furniture, text);
        }
    }

    [Fact]
    public async Task TheCanonicalLinkOrOpenGraphUrlIsTheDocumentsPublicAddress()
    {
        var canonical = await ExtractAsync("<html><head><link rel=\"canonical\" href=\"https://shop.example/help/delivery\"><meta property=\"og:url\" content=\"https://other.example/\"></head><body><p>Orders ship within two working days.</p></body></html>");
        var openGraph = await ExtractAsync("<html><head><meta property=\"og:url\" content=\"https://shop.example/og\"></head><body><p>Orders ship within two working days.</p></body></html>");
        var none = await ExtractAsync("<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body><p>Orders ship within two working days.</p></body></html>");

        Assert.Equal("https://shop.example/help/delivery", canonical.Url);
        Assert.Equal("https://shop.example/og", openGraph.Url);
        Assert.Null(none.Url);
    }

    [Fact]
    public async Task HeadingsBuildTheSectionPathAndTheTitleH1IsNotASection()
    {
        var document = await ExtractAsync(Page);

        Assert.Equal("Delivery FAQ", document.Title);
        Assert.Empty(Block(document, "Orders ship").SectionPath);
        Assert.Equal(["Costs"], Block(document, "Standard delivery").SectionPath);
        Assert.Equal(["Costs", "Islands"], Block(document, "Shetland").SectionPath);
    }

    [Fact]
    public async Task ParagraphsListItemsTableRowsAsSentencesAndPreformattedTextAreBlocks()
    {
        var document = await ExtractAsync(Page);

        Assert.Equal(
            [
                "Orders ship within two working days.",
                "Standard delivery is free over 50 euros.",
                "Rates",
                "Express — Price: 9.90.",
                "Orkney two extra days",
                "Shetland",
                "Zone A   1 day\nZone B   3 days",
            ],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task H1RepeatedInATitleWithTheSiteNameIsNotASection()
    {
        const string html = "<html><head><title>Exchanges | Harbor &amp; Pine</title></head><body><h1>Exchanges</h1><h2>Sizes</h2><p>Any size.</p></body></html>";

        var document = await ExtractAsync(html, "exchanges.html");

        Assert.Equal("Exchanges | Harbor & Pine", document.Title);
        Assert.Equal(["Sizes"], Assert.Single(document.Blocks).SectionPath);
    }

    [Fact]
    public async Task MainContentIsPreferredOverTheRestOfThePage()
    {
        const string html = """
            <html><body>
              <div class="sidebar">Sidebar promotion</div>
              <main><h1>Opening hours</h1><p>Monday to Friday, 9 to 5.</p></main>
              <div>Cookie banner text</div>
            </body></html>
            """;

        var document = await ExtractAsync(html, "hours.html");

        Assert.Equal("Opening hours", document.Title);
        Assert.Equal("Monday to Friday, 9 to 5.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task ArticleHeaderWithItsHeadingIsKept()
    {
        const string html = """
            <html><body><header>Site header</header>
            <article><header><h1>Recall notice</h1></header><h2>Affected models</h2><p>Kettle K-200.</p></article>
            </body></html>
            """;

        var document = await ExtractAsync(html, "recall.html");

        Assert.Equal("Recall notice", document.Title);
        Assert.Equal(["Affected models"], Assert.Single(document.Blocks).SectionPath);
    }

    [Fact]
    public async Task WithoutATitleElementOrH1TheFileNameIsTheTitle()
    {
        var document = await ExtractAsync("<html><body><h2>Notes</h2><p>Some text.</p></body></html>", "help/contact-us.html");

        Assert.Equal("contact-us", document.Title);
    }

    [Fact]
    public void DeclaredCharsetIsHonouredWhenTheBytesAreNotUtf8()
    {
        byte[] bytes = [.. "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf"u8, 0xE9, .. " ouvert</p></body></html>"u8];

        var decoded = _extractor.Decode(bytes);
        var document = _extractor.Extract(decoded, "cafe.html");

        Assert.False(decoded.IsFallback);
        Assert.Equal("Café ouvert", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task PageWithOnlyFurnitureIsEmpty()
    {
        var error = await Assert.ThrowsAsync<ExtractionException>(
            () => ExtractAsync("<html><body><nav>Home</nav><script>x()</script></body></html>", "nav.html"));

        Assert.Contains("empty", error.Reason);
    }

    private Task<ExtractedDocument> ExtractAsync(string html, string name = "faq/delivery.html") =>
        _extractor.ExtractAsync(new MemoryStream(Encoding.UTF8.GetBytes(html)), name);

    private static ExtractedBlock Block(ExtractedDocument document, string start) =>
        Assert.Single(document.Blocks, block => block.Text.StartsWith(start, StringComparison.Ordinal));
}
