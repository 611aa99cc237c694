namespace SlmAssistant.Abstractions.Conversations;

/// <summary>A question customers asked (the first wording seen), and how many times in the period.</summary>
public sealed record QuestionCount(string Question, int Count);
