using SlmAssistant.Answering.Extractive;

namespace SlmAssistant.Answering.Tests;

public class SentenceSplitterTests
{
    [Fact]
    public void SplitsAtTerminalPunctuationBeforeACapital()
    {
        var sentences = SentenceSplitter.Split("Returns take 30 days. Refunds take 5 business days! Ask us?");

        Assert.Equal(["Returns take 30 days.", "Refunds take 5 business days!", "Ask us?"], sentences);
    }

    [Fact]
    public void DoesNotSplitAfterAbbreviationsOrInsideNumbers()
    {
        var sentences = SentenceSplitter.Split("Bring an ID, e.g. A driver's license. The fee is $2.50 per page.");

        Assert.Equal(["Bring an ID, e.g. A driver's license.", "The fee is $2.50 per page."], sentences);
    }

    [Fact]
    public void TreatsBlankLinesAsBoundaries()
    {
        var sentences = SentenceSplitter.Split("Opening hours\n\nWe are open from 8 a.m. to 6 p.m. on weekdays");

        Assert.Equal(["Opening hours", "We are open from 8 a.m. to 6 p.m. on weekdays"], sentences);
    }
}
