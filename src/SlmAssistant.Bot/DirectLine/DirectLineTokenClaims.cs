namespace SlmAssistant.Bot.DirectLine;

/// <summary>What a Direct Line token grants: one conversation (as one user) until it expires.</summary>
public sealed record DirectLineTokenClaims(string ConversationId, string? UserId, DateTimeOffset ExpiresAt, DirectLineTokenKind Kind);
