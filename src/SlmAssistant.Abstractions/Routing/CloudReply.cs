using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Abstractions.Routing;

/// <summary>What the cloud model said (placeholders restored), or that it could not answer.</summary>
public sealed record CloudReply(bool Succeeded, string Answer, TokenUsage? Usage);
