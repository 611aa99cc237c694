namespace SlmAssistant.Bot.Conversations;

/// <param name="Domain">The domain the conversation's questions are restricted to (the widget's tenant); null for any.</param>
/// <param name="Started">Whether the conversation was opened (and greeted) already.</param>
/// <param name="Origin">The endpoint that created it, the only one that may read or write it.</param>
public sealed record ConversationInfo(
    string Id,
    string ChannelId,
    string? Domain,
    string? UserId,
    bool Started,
    DateTimeOffset CreatedAt,
    ConversationOrigin Origin)
{
    /// <summary>Whether the conversation belongs to this endpoint and channel.</summary>
    public bool BelongsTo(ConversationOrigin origin, string channelId) =>
        Origin == origin && string.Equals(ChannelId, channelId, StringComparison.Ordinal);
}
