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

    [Theory]
    [InlineData("""{"questions":["Is there a fee?""")]
    [InlineData("""{"suggestions":[]}""")]
    [InlineData("not json")]
    public void AReplyThatIsNotTheSchemasShapeIsAnError(string reply)
    {
        Assert.ThrowsAny<JsonException>(() => FollowUpQuestions.Parse(reply, "Can I return it?"));
    }
}
