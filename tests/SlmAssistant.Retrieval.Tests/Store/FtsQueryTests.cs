using SlmAssistant.Retrieval.Store;

namespace SlmAssistant.Retrieval.Tests.Store;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("How do I reset my password?", "\"reset\" OR \"password\"")]
    [InlineData("\"quoted\" NEAR(x*) -minus", "\"quoted\" OR \"near\" OR \"x\" OR \"minus\"")]
    [InlineData("Refund refund REFUND", "\"refund\"")]
    [InlineData("CD4+ T-cells", "\"cd4\" OR \"t\" OR \"cells\"")]
    [InlineData("the of and", "")]
    [InlineData("", "")]
    public void UserTextBecomesQuotedOrTerms(string text, string expected)
    {
        Assert.Equal(expected, FtsQuery.FromUserText(text));
    }

    [Fact]
    public void VeryLongInputIsCappedAtMaxTerms()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"term{i}"));

        Assert.Equal(FtsQuery.MaxTerms, FtsQuery.FromUserText(text).Split(" OR ").Length);
    }
}
