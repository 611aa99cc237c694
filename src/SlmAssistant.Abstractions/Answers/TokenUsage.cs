namespace SlmAssistant.Abstractions.Answers;

public sealed record TokenUsage(int InputTokens, int OutputTokens);
