namespace SlmAssistant.Abstractions.Ledger;

/// <summary>One UTC day of the ledger. Costs are US dollars.</summary>
public sealed record LedgerDayStats(
    DateOnly Day,
    int Total,
    int Local,
    int Cloud,
    int Safety,
    int Handoff,
    int Smalltalk,
    decimal Spend,
    decimal AllCloudSpend)
{
    public decimal Savings => AllCloudSpend - Spend;

    /// <summary>Turns that never left this machine: everything but <see cref="Cloud"/> (see <see cref="LedgerStats.OnMachine"/>).</summary>
    public int OnMachine => Total - Cloud;
}
