using SlmAssistant.Answering.Extractive;

namespace SlmAssistant.Answering.Tests;

public class QueryTermsTests
{
    [Fact]
    public void DropsStopWordsAndFoldsPlurals()
    {
        var terms = QueryTerms.Of("How many days do I have for returns of jackets?");

        Assert.Equal(new HashSet<string> { "day", "return", "jacket" }, terms);
    }

    [Fact]
    public void OverlapIsTheShareOfQueryTermsFound()
    {
        var query = QueryTerms.Of("restocking fee for opened electronics");
        var sentence = QueryTerms.Of("Opened electronics carry a 15% restocking fee.");

        Assert.Equal(1.0, QueryTerms.Overlap(query, sentence), 3);
        Assert.Equal(0.0, QueryTerms.Overlap(query, QueryTerms.Of("Apparel may be returned within 60 days.")), 3);
    }
}
