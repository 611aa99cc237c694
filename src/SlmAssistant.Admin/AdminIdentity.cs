namespace SlmAssistant.Admin;

/// <param name="Via">"cookie" or "api-key".</param>
public sealed record AdminIdentity(string Name, string Via);
