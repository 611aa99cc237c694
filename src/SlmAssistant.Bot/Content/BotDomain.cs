namespace SlmAssistant.Bot.Content;

/// <summary>What the bot shows for one knowledge domain (from plugins/Domains/&lt;name&gt;.json).</summary>
public sealed record BotDomain(
    string Name,
    string DisplayName,
    string? Organization,
    string? Handoff,
    IReadOnlyList<string> StarterQuestions);
