using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.Tests.Turns;

public class ReplyButtonsTests
{
    [Fact]
    public void WebChatGetsSuggestedActionsThatSendTheTitle()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "Answer" };

        ReplyButtons.Add(reply, ReplyStyle.WebChat, ["When will I get my refund?", "Can I return opened electronics?"]);

        Assert.Null(reply.Attachments);
        Assert.Equal(["When will I get my refund?", "Can I return opened electronics?"], reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal(CardAction.ImBackType, a.Type));
    }

    [Fact]
    public void TeamsGetsAHeroCardOfMessageBackButtonsThatFitAndNoneWhenNoneFits()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "Answer" };
        var none = new Activity { Type = ActivityTypes.Message, Text = "Answer" };

        ReplyButtons.Add(reply, ReplyStyle.Teams, ["When will I get my refund?", "Can I return opened electronics?"]);
        ReplyButtons.Add(none, ReplyStyle.Teams, ["Can I return opened electronics?"]);

        Assert.Null(reply.SuggestedActions);
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal(ReplyButtons.HeroCardContentType, card.ContentType);
        var button = Assert.Single(card.Content!.Value.GetProperty("buttons").EnumerateArray());
        Assert.Equal(CardAction.MessageBackType, button.GetProperty("type").GetString());
        Assert.Equal("When will I get my refund?", button.GetProperty("text").GetString());
        Assert.Equal("When will I get my refund?", button.GetProperty("displayText").GetString());
        Assert.Null(none.Attachments);
        Assert.Null(none.SuggestedActions);
    }
}
