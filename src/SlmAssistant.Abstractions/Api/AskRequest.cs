namespace SlmAssistant.Abstractions.Api;

/// <summary>Body of POST /api/ask.</summary>
public sealed record AskRequest(string? Question, string? Domain = null);
