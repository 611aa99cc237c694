namespace SlmAssistant.Bot.DirectLine;

public enum DirectLineTokenKind
{
    /// <summary>Opens one conversation over REST: start, post, get, refresh.</summary>
    Conversation,

    /// <summary>Opens one conversation's WebSocket only; it travels in the stream URL, so it is short-lived.</summary>
    Stream,
}
