namespace SlmAssistant.Abstractions.Api;

/// <summary>Body of POST /api/ask.</summary>
/// <param name="ConversationId">Continues the conversation the first answer named; absent starts a new one.</param>
public sealed record AskRequest(string? Question, string? Domain = null, string? ConversationId = null);
