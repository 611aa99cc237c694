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

    [Theory]
    [InlineData("Is there a phone number for privacy requests?", "By email: write to privacy@brightlane.example.", false)]
    [InlineData("Is there a phone number for privacy requests?", "By phone: call our privacy line at 1-888-555-0177.", true)]
    [InlineData("what are the hours for video visits", "Request an interpreter at least 48 hours before the visit.", false)]
    [InlineData("what are the hours for video visits", "Video visits are available Monday to Friday from 8:00 a.m. to 7:00 p.m.", true)]
    [InlineData("how do I contact your privacy officer", "By email: write to privacy@brightlane.example.", true)]
    public void AFactOfTheSlotsKindInAnotherFormDoesNotAnswerAQuestionThatNamesItsForm(string question, string sentence, bool holds) =>
        Assert.Equal(holds, SlotEvidence.Holds(QuestionAnalyzer.Analyze(question), sentence));

    [Fact]
    public void AnAgeIsNotADuration() =>
        Assert.False(SlotEvidence.Holds(AnswerSlot.Duration, "You must be at least 16 years old to create an account."));
}
