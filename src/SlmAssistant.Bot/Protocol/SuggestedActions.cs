namespace SlmAssistant.Bot.Protocol;

/// <param name="To">Who sees the actions; null for everyone in the conversation.</param>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions, IReadOnlyList<string>? To = null);
