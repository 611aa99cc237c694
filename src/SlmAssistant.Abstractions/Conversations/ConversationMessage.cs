namespace SlmAssistant.Abstractions.Conversations;

/// <summary>One message of a transcript; the answer fields are set on the bot's messages.</summary>
/// <param name="Id">The bot's watermark: the message's position in its conversation.</param>
/// <param name="Role">"user" or "assistant".</param>
/// <param name="Domain">The knowledge domain the answer came from, when routed to one.</param>
/// <param name="Found">False when the bot said it did not know.</param>
/// <param name="Feedback">"like" or "dislike" when the user rated the answer.</param>
public sealed record ConversationMessage(
    long Id,
    DateTimeOffset At,
    string Role,
    string Text,
    string? Route,
    string? Mode,
    string? Domain,
    bool? Found,
    string? Feedback,
    string? FeedbackComment);
