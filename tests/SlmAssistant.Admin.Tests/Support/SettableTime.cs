namespace SlmAssistant.Admin.Tests.Support;

/// <summary>A clock the test sets, so the bot and the ledger write activity dated over past days.</summary>
public sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
