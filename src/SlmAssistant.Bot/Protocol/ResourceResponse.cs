namespace SlmAssistant.Bot.Protocol;

/// <summary>A channel's answer to a posted activity: the id it gave the activity.</summary>
public sealed record ResourceResponse(string? Id);
