using System.Text.Json.Serialization;

namespace SlmAssistant.Bot.Widget;

/// <param name="UserId">Web Chat's userID for this conversation, so the user's own messages show as theirs after a reload.</param>
/// <param name="Resumed">True when the conversation of the token sent in was resumed.</param>
public sealed record WidgetTokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId,
    bool Resumed);
