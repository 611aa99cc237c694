namespace SlmAssistant.Routing.Tests.Ledger;

/// <summary>A clock the test sets, so ledger entries land on known days.</summary>
public sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
