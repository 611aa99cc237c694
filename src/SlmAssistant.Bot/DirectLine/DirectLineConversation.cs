using System.Text.Json.Serialization;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>A started (or resumed) conversation: its token and where to stream it.</summary>
public sealed record DirectLineConversation(
    string ConversationId,
    string? Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    string? StreamUrl);
