namespace SlmAssistant.Admin.Features.Analytics;

/// <summary>Aggregates for the analytics page, read from the cost ledger and the bot's transcripts when they exist.</summary>
public interface IAnalyticsReader
{
    Task<AnalyticsSnapshot> ReadAsync(int days, CancellationToken cancellationToken = default);
}
