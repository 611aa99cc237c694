using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>The optional body of tokens/generate and of POST conversations: the user the conversation is for.</summary>
public sealed record DirectLineTokenRequest(ChannelAccount? User, string? Locale = null);
