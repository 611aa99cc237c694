using SlmAssistant.Answering.Grounded;
using SlmAssistant.Answering.Tests.Support;

namespace SlmAssistant.Answering.Tests.Grounded;

public class NumberedSourcesTests
{
    [Fact]
    public void NumbersEachSourceWithTitleSectionAndPage()
    {
        var hits = SampleHits.ReturnPolicy.Skip(1).Append(SampleHits.Hit("return-policy", "faq", "FAQ", null, "Gift cards\n\nare   final sale.")).ToList();

        var text = NumberedSources.Format(hits);

        Assert.Equal(
            "[1] Return Windows > Electronics: Electronics can be returned within 30 days of delivery. Opened electronics must include all accessories.\n\n" +
            "[2] Restocking Fees > Electronics (page 2): Opened electronics carry a 15% restocking fee unless they arrived defective.\n\n" +
            "[3] FAQ: Gift cards are final sale.",
            text);
    }
}
