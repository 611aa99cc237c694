namespace SlmAssistant.Bot.Conversations;

/// <param name="Domain">The domain the conversation's questions are restricted to (the widget's tenant); null for any.</param>
/// <param name="Started">Whether the conversation was opened (and greeted) already.</param>
public sealed record ConversationInfo(
    string Id,
    string ChannelId,
    string? Domain,
    string? UserId,
    bool Started,
    DateTimeOffset CreatedAt);
