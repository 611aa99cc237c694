using System.Text.Json.Serialization;

namespace SlmAssistant.Bot.DirectLine;

/// <param name="UserId">The user the token speaks for; the widget gives it to Web Chat as its userID.</param>
public sealed record DirectLineTokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? UserId = null);
