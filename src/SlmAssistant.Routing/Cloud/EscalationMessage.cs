namespace SlmAssistant.Routing.Cloud;

/// <summary>One chat message exactly as it left for the cloud: redacted.</summary>
/// <param name="Role">system, user or assistant.</param>
public sealed record EscalationMessage(string Role, string Content);
