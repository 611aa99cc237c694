using SlmAssistant.Answering.Understanding;

namespace SlmAssistant.Answering.Tests.Understanding;

public class QuestionAnalyzerTests
{
    [Theory]
    [InlineData("How long do I have to return hiking boots?", AnswerSlot.Duration)]
    [InlineData("how far back does my purchase history go?", AnswerSlot.Duration)]
    [InlineData("if i start my return online on the last day of the window, what time does it cut off?", AnswerSlot.Time)]
    [InlineData("whats the last day to return a gift?", AnswerSlot.Time)]
    [InlineData("are you open on thanksgiving day for returns", AnswerSlot.Time)]
    [InlineData("does it cost anything to call your after hours nurse line", AnswerSlot.Amount)]
    [InlineData("what number do I call for a refill?", AnswerSlot.Contact)]
    [InlineData("whats the return window on a skillet?", AnswerSlot.Duration)]
    [InlineData("Can the after-hours nurse refill my medicine?", AnswerSlot.None)]
    [InlineData("riverside saturday hours?", AnswerSlot.Time)]
    [InlineData("how long does my portal password have to be", AnswerSlot.Quantity)]
    [InlineData("How many people can be on a free workspace?", AnswerSlot.Quantity)]
    [InlineData("how many days do i have to return boots", AnswerSlot.Duration)]
    public void TheMostSpecificWordingDecidesTheSlot(string question, AnswerSlot slot) =>
        Assert.Equal(slot, QuestionAnalyzer.Analyze(question).Slot);

    [Theory]
    [InlineData("Is there a phone number for privacy requests?", SlotForm.Phone)]
    [InlineData("what number do I call for a refill?", SlotForm.Phone)]
    [InlineData("what email do I send my copyright notice to?", SlotForm.Email)]
    [InlineData("what's the mailing address for legal notices", SlotForm.PostalAddress)]
    [InlineData("how do I contact your privacy officer", SlotForm.Any)]
    [InlineData("can I call or email about a refund?", SlotForm.Any)]
    [InlineData("what are the hours for video visits", SlotForm.ClockTime)]
    [InlineData("what time does the lab open on saturday", SlotForm.ClockTime)]
    [InlineData("whats the last day to return a gift?", SlotForm.Any)]
    [InlineData("How long do I have to return hiking boots?", SlotForm.Any)]
    public void AQuestionThatNamesTheMeansOfContactOrAsksForHoursNarrowsItsFact(string question, SlotForm form) =>
        Assert.Equal(form, QuestionAnalyzer.Analyze(question).Form);
}
