using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Grounded;

namespace SlmAssistant.Answering.Tests.Grounded;

public class CitationRewriterTests
{
    private static readonly Citation Apparel = new("return-windows", "knowledge/return-policy/return-windows.md", "Return Windows", "Apparel", null);
    private static readonly Citation Electronics = new("return-windows", "knowledge/return-policy/return-windows.md", "Return Windows", "Electronics", null);
    private static readonly Citation Fees = new("restocking-fees", "knowledge/return-policy/restocking-fees.pdf", "Restocking Fees", null, 2);

    [Fact]
    public void RenumbersSourcesInOrderOfFirstUse()
    {
        var rewriter = new CitationRewriter([Apparel, Electronics, Fees]);

        var text = rewriter.Append("Electronics take 30 days [2]; opened ones cost 15% [3]. Apparel gets 60 days [1], electronics [2].") + rewriter.Flush();

        Assert.Equal("Electronics take 30 days [1]; opened ones cost 15% [2]. Apparel gets 60 days [3], electronics [1].", text);
        Assert.Equal([Electronics, Fees, Apparel], rewriter.Cited);
    }

    [Fact]
    public void DropsMarkersOutsideTheSourcesWithTheirSpace()
    {
        var rewriter = new CitationRewriter([Apparel, Electronics]);

        var text = rewriter.Append("Apparel gets 60 days [7]. Electronics take 30 days [0] [2, 9].") + rewriter.Flush();

        Assert.Equal("Apparel gets 60 days. Electronics take 30 days [1].", text);
        Assert.Equal([Electronics], rewriter.Cited);
    }

    [Fact]
    public void SplitsAListMarkerAndMergesSourcesWithTheSameCitation()
    {
        var rewriter = new CitationRewriter([Fees, Electronics, Fees]);

        var text = rewriter.Append("Opened electronics cost 15% [1, 2, 3].") + rewriter.Flush();

        Assert.Equal("Opened electronics cost 15% [1][2].", text);
        Assert.Equal([Fees, Electronics], rewriter.Cited);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void GivesTheSameTextHoweverTheStreamIsCut(int pieceLength)
    {
        const string Model = "  Electronics take 30 days [2]. Fees [9] apply [ 1 ,3 ] to [opened] items [1]. \n";
        var whole = new CitationRewriter([Apparel, Electronics, Fees]);
        var expected = whole.Append(Model) + whole.Flush();
        var pieces = new CitationRewriter([Apparel, Electronics, Fees]);

        var streamed = string.Concat(Model.Chunk(pieceLength).Select(chunk => pieces.Append(new string(chunk)))) + pieces.Flush();

        Assert.Equal("Electronics take 30 days [1]. Fees apply [2][3] to [opened] items [2].", expected);
        Assert.Equal(expected, streamed);
        Assert.Equal(expected, pieces.Text);
    }
}
