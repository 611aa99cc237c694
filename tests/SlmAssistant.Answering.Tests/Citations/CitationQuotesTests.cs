using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Citations;

namespace SlmAssistant.Answering.Tests.Citations;

public class CitationQuotesTests
{
    private const string Windows =
        "Most items can be returned within 60 days. Electronics must come back within 30 days. Opened software cannot be returned. " +
        "Gift cards are final sale.";

    private const string Refunds = "Refunds to cards take 5 to 7 business days. PayPal refunds take 3 to 5 business days.";

    [Fact]
    public void AQuotedSentenceIsFoundWithItsNeighbours()
    {
        var hits = new[] { Hit("windows", Windows), Hit("refunds", Refunds) };

        var cited = CitationQuotes.Attach("Electronics must come back within 30 days [1].", [hits[0].Citation], hits);

        var citation = Assert.Single(cited);
        Assert.Equal(["Electronics must come back within 30 days."], citation.Quotes);
        Assert.Equal("Most items can be returned within 60 days. Electronics must come back within 30 days. Opened software cannot be returned.", citation.Passage);
    }

    [Fact]
    public void AParaphraseFindsTheSentenceItRestsOn()
    {
        var hits = new[] { Hit("windows", Windows), Hit("refunds", Refunds) };

        var cited = CitationQuotes.Attach(
            "You have 30 days to bring electronics back [1], and a PayPal refund takes 3 to 5 business days [2].",
            [hits[0].Citation, hits[1].Citation],
            hits);

        Assert.Equal(["Electronics must come back within 30 days."], cited[0].Quotes);
        Assert.Equal(["PayPal refunds take 3 to 5 business days."], cited[1].Quotes);
    }

    [Fact]
    public void SentencesFarApartAreJoinedWithAnEllipsis()
    {
        var text = "One. Two is here. Three. Four. Five. Six is here. Seven.";
        var hits = new[] { Hit("d", text) };

        var cited = CitationQuotes.Attach("Two is here [1]. Six is here [1].", [hits[0].Citation], hits);

        Assert.Equal("One. Two is here. Three. … Five. Six is here. Seven.", cited[0].Passage);
    }

    [Fact]
    public void ACitationNoSentenceRestsOnHasNoQuotes()
    {
        var hits = new[] { Hit("windows", Windows) };

        var cited = CitationQuotes.Attach("Our stores open at nine.", [hits[0].Citation], hits);

        Assert.Empty(cited[0].Quotes);
        Assert.Null(cited[0].Passage);
    }

    private static SearchHit Hit(string id, string text) =>
        new(new KnowledgeChunk($"{id}:0", id, 0, text, id, $"knowledge/{id}.md", "return-policy", "Section", null, ReadOnlyMemory<float>.Empty), 1, 1, 1);
}
