using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>What GET …/activities returns and each WebSocket message carries: activities and the watermark after them.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
