using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Retrieval.Store.Postgres;

/// <summary>The ingestion journal (one row per source, upserted) and the sentences of chunks.</summary>
public sealed partial class PostgresKnowledgeStore
{
    private const string JournalColumns = "source, content_hash, step, error, updated_at";

    public async Task RecordAsync(IngestionEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = PostgresStoreRows.Command(connection,
            $"""
            INSERT INTO ingestion_journal ({JournalColumns}) VALUES (@source, @hash, @step, @error, @updated)
            ON CONFLICT (source) DO UPDATE SET
                content_hash = excluded.content_hash, step = excluded.step, error = excluded.error, updated_at = excluded.updated_at
            """,
            null,
            ("source", entry.Source),
            ("hash", entry.ContentHash),
            ("step", entry.Step),
            ("error", entry.Error),
            ("updated", entry.UpdatedAt.ToUniversalTime()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IngestionEntry?> GetAsync(string source, CancellationToken cancellationToken = default) =>
        (await ReadJournalAsync("WHERE source = @source", source, cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<IngestionEntry>> ListAsync(CancellationToken cancellationToken = default) =>
        ReadJournalAsync("ORDER BY source COLLATE \"C\"", null, cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<KnowledgeSentence>>> GetSentencesAsync(
        IReadOnlyCollection<string> chunkIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunkIds);
        var found = new Dictionary<string, List<KnowledgeSentence>>(StringComparer.Ordinal);
        if (chunkIds.Count > 0)
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = PostgresStoreRows.Command(connection,
                "SELECT chunk_id, idx, text, traits, embedding FROM chunk_sentences WHERE chunk_id = ANY(@ids) ORDER BY chunk_id, idx",
                null, ("ids", chunkIds.Distinct(StringComparer.Ordinal).ToArray()));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var chunkId = reader.GetString(0);
                if (!found.TryGetValue(chunkId, out var sentences))
                {
                    found[chunkId] = sentences = [];
                }

                sentences.Add(new KnowledgeSentence(
                    reader.GetInt32(1),
                    reader.GetString(2),
                    (SentenceTraits)reader.GetInt32(3),
                    reader.IsDBNull(4) ? ReadOnlyMemory<float>.Empty : EmbeddingBlob.FromBlob(reader.GetFieldValue<byte[]>(4))));
            }
        }

        return found.ToDictionary(p => p.Key, p => (IReadOnlyList<KnowledgeSentence>)p.Value, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<IngestionEntry>> ReadJournalAsync(string clause, string? source, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = PostgresStoreRows.Command(connection, $"SELECT {JournalColumns} FROM ingestion_journal {clause}", null, ("source", source));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<IngestionEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new IngestionEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return entries;
    }
}
