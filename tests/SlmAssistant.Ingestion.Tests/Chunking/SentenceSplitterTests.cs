using SlmAssistant.Ingestion.Chunking;

namespace SlmAssistant.Ingestion.Tests.Chunking;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void SplitsAtSentenceEnds() =>
        Assert.Equal(["Returns are free.", "Really?", "Yes!", "\"Keep the receipt.\"", "Thanks."], Split("Returns are free. Really? Yes! \"Keep the receipt.\" Thanks."));

    [Fact]
    public void AbbreviationsInitialsAndDecimalsDoNotEndSentences() =>
        Assert.Equal(
            ["Ask Dr. Smith, e.g. by phone, about the 3.5 kg limit set by J. R. Jones.", "Then call."],
            Split("Ask Dr. Smith, e.g. by phone, about the 3.5 kg limit set by J. R. Jones. Then call."));

    [Fact]
    public void LowercaseAfterAPeriodContinuesTheSentence() =>
        Assert.Equal(["See section 4. of the terms."], Split("See section 4. of the terms."));

    [Fact]
    public void LineBreaksSeparateUnitsAndAreKeptAsJoiners() =>
        Assert.Equal(
            [("Zone A", ""), ("Zone Bravo.", "\n"), ("Next one.", " ")],
            SentenceSplitter.Split("Zone A\nZone Bravo. Next one.").Select(p => (p.Sentence, p.Joiner)));

    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(s => s.Sentence).ToList();
}
