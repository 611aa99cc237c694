namespace SlmAssistant.Abstractions.Ledger;

/// <summary>
/// The cost ledger: every answered turn with its route, mode, tokens, latency and cost, and the one computation of
/// volumes, local share and savings that the CLI (`slm stats`), the admin console and its API all show.
/// </summary>
public interface IAnswerLedger
{
    Task<LedgerEntry> RecordAsync(LedgerTurn turn, CancellationToken cancellationToken = default);

    /// <summary>Totals and per-day rows, over everything or since <paramref name="since"/>.</summary>
    Task<LedgerStats> GetStatsAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default);

    /// <summary>The latest <paramref name="count"/> entries, newest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> GetRecentAsync(int count = 50, CancellationToken cancellationToken = default);
}
