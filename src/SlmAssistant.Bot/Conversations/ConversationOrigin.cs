namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// The endpoint a conversation came in through. Conversations are keyed by it and by channel: only the endpoint (and
/// channel) that created a conversation may read or write it, so a Direct Line visitor's conversation can't be
/// addressed through /api/messages, nor a Teams one through Direct Line.
/// </summary>
public enum ConversationOrigin
{
    /// <summary>POST /api/messages (Bot Framework channels, the Emulator).</summary>
    Messages,

    /// <summary>The Direct Line served by this host (the website widget).</summary>
    DirectLine,

    /// <summary>The JSON API and the CLI (/api/ask).</summary>
    Api,
}
