using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Retrieval.Store;

/// <summary>The ingestion journal: one row per source, upserted as ingestion moves through its steps.</summary>
public sealed partial class SqliteKnowledgeStore
{
    private const string JournalColumns = "source, content_hash, step, error, updated_at";

    public async Task RecordAsync(IngestionEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"""
            INSERT INTO ingestion_journal ({JournalColumns}) VALUES ($source, $hash, $step, $error, $updated)
            ON CONFLICT (source) DO UPDATE SET
                content_hash = excluded.content_hash, step = excluded.step, error = excluded.error, updated_at = excluded.updated_at
            """,
            cancellationToken,
            null,
            ("$source", entry.Source),
            ("$hash", entry.ContentHash),
            ("$step", entry.Step),
            ("$error", entry.Error),
            ("$updated", StoreRows.FormatTime(entry.UpdatedAt)));
    }

    public async Task<IngestionEntry?> GetAsync(string source, CancellationToken cancellationToken = default) =>
        (await ReadJournalAsync("WHERE source = $source", source, cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<IngestionEntry>> ListAsync(CancellationToken cancellationToken = default) =>
        ReadJournalAsync("ORDER BY source", null, cancellationToken);

    private async Task<IReadOnlyList<IngestionEntry>> ReadJournalAsync(string clause, string? source, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {JournalColumns} FROM ingestion_journal {clause}", null, ("$source", source));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<IngestionEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new IngestionEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                StoreRows.ParseTime(reader.GetString(4))));
        }

        return entries;
    }
}
