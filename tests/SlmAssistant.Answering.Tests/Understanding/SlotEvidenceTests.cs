using SlmAssistant.Answering.Understanding;

namespace SlmAssistant.Answering.Tests.Understanding;

public class SlotEvidenceTests
{
    [Theory]
    [InlineData("There is no charge for calling the nurse line.")]
    [InlineData("Tents and packs never have a restocking fee.")]
    [InlineData("If you bring it back yourself, the pickup fee does not apply.")]
    [InlineData("Kayaks have a restocking fee of 10% of the price you paid.")]
    public void AStatedAmountIncludesSayingThereIsNone(string sentence) =>
        Assert.True(SlotEvidence.Holds(AnswerSlot.Amount, sentence));

    [Theory]
    [InlineData("Returns are accepted at any store.")]
    [InlineData("A fee applies to some returns.")]
    public void ASentenceWithoutAnAmountDoesNotHoldOne(string sentence) =>
        Assert.False(SlotEvidence.Holds(AnswerSlot.Amount, sentence));

    [Fact]
    public void AHolidayIsADay() =>
        Assert.True(SlotEvidence.Holds(AnswerSlot.Time, "Our stores are closed on Thanksgiving Day."));

    [Theory]
    [InlineData("Passwords must be at least 12 characters long.", true)]
    [InlineData("It includes up to five members.", true)]
    [InlineData("For your security, the portal signs you out when you are idle.", false)]
    public void AQuantityIsANumberOrACountInWords(string sentence, bool holds) =>
        Assert.Equal(holds, SlotEvidence.Holds(AnswerSlot.Quantity, sentence));
}
