using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>One incoming activity to act on, the conversation it belongs to and where replies go.</summary>
/// <param name="Watermark">The incoming activity's place in the transcript; history is what came before it.</param>
public sealed record BotTurn(Activity Activity, ConversationInfo Conversation, long Watermark, IActivitySink Sink)
{
    /// <summary>A reply to the incoming activity: addressed back to its sender, from the account it was sent to.</summary>
    public Activity CreateReply(string type, string? text = null) => new()
    {
        Type = type,
        Text = text,
        ChannelId = Activity.ChannelId,
        ServiceUrl = Activity.ServiceUrl,
        Conversation = Activity.Conversation,
        From = Activity.Recipient is { } bot ? bot with { Role = "bot" } : new ChannelAccount("bot", Role: "bot"),
        Recipient = Activity.From,
        ReplyToId = Activity.Id,
        Locale = Activity.Locale,
    };
}
