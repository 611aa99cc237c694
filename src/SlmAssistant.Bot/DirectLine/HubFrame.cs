using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.DirectLine;

/// <param name="Watermark">The activity's place in the transcript; null for a transient one (typing).</param>
public sealed record HubFrame(Activity Activity, long? Watermark);
