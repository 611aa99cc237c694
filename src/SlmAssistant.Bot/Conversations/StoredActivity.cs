using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Conversations;

/// <param name="Watermark">The activity's position in its conversation, 1 for the first; Direct Line's watermark.</param>
public sealed record StoredActivity(long Watermark, ActivityDirection Direction, Activity Activity);
