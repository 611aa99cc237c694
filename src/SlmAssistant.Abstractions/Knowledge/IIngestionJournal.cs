namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>Durable record of ingestion work, so an interrupted run can be seen and resumed.</summary>
public interface IIngestionJournal
{
    Task RecordAsync(IngestionEntry entry, CancellationToken cancellationToken = default);

    Task<IngestionEntry?> GetAsync(string source, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IngestionEntry>> ListAsync(CancellationToken cancellationToken = default);
}
