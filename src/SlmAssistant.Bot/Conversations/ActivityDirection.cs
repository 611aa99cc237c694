namespace SlmAssistant.Bot.Conversations;

public enum ActivityDirection
{
    /// <summary>From the user (or the channel) to the bot.</summary>
    Incoming,

    /// <summary>From the bot to the user.</summary>
    Outgoing,
}
