using System.Text.Json;
using SlmAssistant.Answering.FollowUps;

namespace SlmAssistant.Answering.Tests.FollowUps;

public class FollowUpQuestionsTests
{
    [Fact]
    public void ParsesTheQuestionsArray()
    {
        var questions = FollowUpQuestions.Parse("""{"questions":["Is there a restocking fee?"," How do refunds work? "]}""", "Can I return it?");

        Assert.Equal(["Is there a restocking fee?", "How do refunds work?"], questions);
    }

    [Fact]
    public void DropsRepeatsEmptiesAndTheQuestionAskedAndKeepsThree()
    {
        var questions = FollowUpQuestions.Select(
            ["When will I get my refund?", "", "Is there a fee?", "is there a FEE", "What is the window?", "Who pays shipping?", "Can I exchange?"],
            "when will I get my refund");

        Assert.Equal(["Is there a fee?", "What is the window?", "Who pays shipping?"], questions);
    }

    [Fact]
    public void DropsTheQuestionJustAskedInOtherWords()
    {
        var questions = FollowUpQuestions.Select(
            ["How do I request a prescription refill?", "How do I refill a prescription?", "When are lab results ready?"],
            "How do I get a prescription refill?");

        Assert.Equal(["When are lab results ready?"], questions);
    }

    [Fact]
    public void DropsQuestionsTheCustomerAskedEarlier()
    {
        var questions = FollowUpQuestions.Select(
            ["Is there a restocking fee?", "When will I get my refund?", "Can I return opened electronics?"],
            ["Is there a restocking fee?", "Can I exchange an item for a different size?"]);

        Assert.Equal(["When will I get my refund?", "Can I return opened electronics?"], questions);
    }

    [Fact]
    public void DropsQuestionsTooLongForTheirButton()
    {
        var questions = FollowUpQuestions.Select(
            ["How many business days should I allow for a prescription refill?", "Is there a no-show fee?"], "Can I cancel?");

        Assert.Equal(["Is there a no-show fee?"], questions);
        Assert.All(questions, q => Assert.True(q.Length <= FollowUpQuestions.MaxLength));
    }

    [Theory]
    [InlineData("""{"questions":["Is there a fee?""")]
    [InlineData("""{"suggestions":[]}""")]
    [InlineData("not json")]
    public void AReplyThatIsNotTheSchemasShapeIsAnError(string reply)
    {
        Assert.ThrowsAny<JsonException>(() => FollowUpQuestions.Parse(reply, "Can I return it?"));
    }
}
