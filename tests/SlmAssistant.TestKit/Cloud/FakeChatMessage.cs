namespace SlmAssistant.TestKit.Cloud;

/// <summary>One message of a chat completion request as the fake cloud received it.</summary>
public sealed record FakeChatMessage(string Role, string Content);
