namespace SlmAssistant.Abstractions.Ledger;

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

    /// <summary>
    /// Turns that never left this machine: local answers, small talk, safety replies and handoffs. The one rule behind
    /// every "answered locally" figure the product shows.
    /// </summary>
    public int OnMachine => Total - Cloud;

    /// <summary>Share of turns answered without the cloud (0..1).</summary>
    public double LocalShare => Total == 0 ? 0 : (double)OnMachine / Total;
}
