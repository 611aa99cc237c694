using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Tests.Channel;

/// <summary>Activities as a Bot Framework channel sends them to /api/messages.</summary>
public static class ChannelActivities
{
    public static Activity Message(string text, string conversationId, string? serviceUrl = null, bool expectReplies = true, string channelId = "test") => new()
    {
        Type = ActivityTypes.Message,
        Id = $"in-{Guid.NewGuid():N}",
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = channelId,
        ServiceUrl = serviceUrl ?? "http://127.0.0.1:9/",
        From = new ChannelAccount("user-1", "Ada", "user"),
        Recipient = new ChannelAccount("bot-1", "Assistant"),
        Conversation = new ConversationAccount(conversationId),
        Text = text,
        DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
    };

    public static Activity Of(string type, string conversationId, bool expectReplies = true)
    {
        var activity = Message("ignored", conversationId, expectReplies: expectReplies);
        activity.Type = type;
        activity.Text = null;
        return activity;
    }
}
