namespace SlmAssistant.Routing.Ledger;

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
}
