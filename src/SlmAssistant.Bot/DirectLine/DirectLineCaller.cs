namespace SlmAssistant.Bot.DirectLine;

/// <summary>Who called a Direct Line endpoint: the secret's holder (any conversation) or a token's (one conversation).</summary>
public sealed record DirectLineCaller(bool IsSecret, string? ConversationId, string? UserId);
