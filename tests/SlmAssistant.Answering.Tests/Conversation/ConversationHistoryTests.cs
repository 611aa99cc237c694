using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Conversation;

namespace SlmAssistant.Answering.Tests.Conversation;

public class ConversationHistoryTests
{
    [Fact]
    public void KeepsTheLastTurnsWithoutOldCitationMarkers()
    {
        ConversationTurn[] history =
        [
            new(ConversationTurn.User, "Hi"),
            new(ConversationTurn.Assistant, "Hello!"),
            new(ConversationTurn.User, "How long do I have to return a jacket?"),
            new(ConversationTurn.Assistant, "Apparel can be returned within 60 days [1].\nTags must be attached [2]."),
        ];

        var text = ConversationHistory.Format(history, maxTurns: 2);

        Assert.Equal(
            "Earlier in this conversation:\nCustomer: How long do I have to return a jacket?\nAssistant: Apparel can be returned within 60 days. Tags must be attached.\n\n",
            text);
    }

    [Fact]
    public void NoHistoryIsNoText()
    {
        Assert.Equal(string.Empty, ConversationHistory.Format([], maxTurns: 4));
        Assert.Equal(string.Empty, ConversationHistory.Format([new(ConversationTurn.User, "Hi")], maxTurns: 0));
    }

    [Fact]
    public void ALongTurnIsShortened()
    {
        var text = ConversationHistory.Format([new(ConversationTurn.User, new string('x', 1000))], maxTurns: 4);

        Assert.Contains(new string('x', ConversationHistory.MaxTurnLength) + "…\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', ConversationHistory.MaxTurnLength + 1), text, StringComparison.Ordinal);
    }
}
