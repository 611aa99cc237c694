namespace SlmAssistant.Abstractions.Answers;

/// <param name="Domain">Restrict to one domain; null lets the system choose.</param>
public sealed record AnswerRequest(string Question, string? Domain = null);
