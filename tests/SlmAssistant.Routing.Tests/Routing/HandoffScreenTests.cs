using SlmAssistant.Routing.Routing;

namespace SlmAssistant.Routing.Tests.Routing;

public class HandoffScreenTests
{
    [Theory]
    [InlineData("talk to a human")]
    [InlineData("Can I speak with a live agent please")]
    [InlineData("transfer me to customer service")]
    [InlineData("I need a person, not a bot")]
    [InlineData("could someone call me back today")]
    [InlineData("supervisor!")]
    [InlineData("human please")]
    public void RequestsForAPersonMatch(string text)
    {
        Assert.NotNull(HandoffScreen.Match(text));
    }

    [Theory]
    [InlineData("when will somebody call me back about my results?")]
    [InlineData("is there a nurse I can talk to after hours?")]
    [InlineData("am I talking to a real person?")]
    [InlineData("who is the clinic's privacy officer?")]
    [InlineData("how do I update my payment details for my manager's account in the portal?")]
    public void QuestionsThatOnlyMentionPeopleDoNotMatch(string text)
    {
        Assert.Null(HandoffScreen.Match(text));
    }
}
