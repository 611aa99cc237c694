namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>The system clock, moved forward on request (for token expiry).</summary>
public sealed class AdjustableTime : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
