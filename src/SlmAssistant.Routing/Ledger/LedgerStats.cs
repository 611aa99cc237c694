namespace SlmAssistant.Routing.Ledger;

/// <summary>Totals over the ledger (or since a time), with one row per UTC day, oldest first. Costs are US dollars.</summary>
/// <param name="Local">Answered from the company's documents on this machine.</param>
/// <param name="Cloud">Escalated to the cloud model.</param>
/// <param name="AllCloudSpend">What every turn would have cost had each gone to the cloud (reference prices).</param>
public sealed record LedgerStats(
    int Total,
    int Local,
    int Cloud,
    int Safety,
    int Handoff,
    int Smalltalk,
    long InputTokens,
    long OutputTokens,
    decimal Spend,
    decimal AllCloudSpend,
    double AverageLatencyMs,
    IReadOnlyList<LedgerDayStats> Days)
{
    public decimal Savings => AllCloudSpend - Spend;

    /// <summary>Share of turns answered without the cloud (0..1).</summary>
    public double LocalShare => Total == 0 ? 0 : (double)(Total - Cloud) / Total;
}
