namespace SlmAssistant.Bot.Conversations;

/// <summary>An answer the bot gave, with the latest reaction to it ("like", "dislike") or null when nobody reacted.</summary>
public sealed record ReviewedAnswer(AnswerRecord Answer, string? Reaction);
