using System.Data;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Npgsql;
using SlmAssistant.Retrieval.Store.Vectors;

namespace SlmAssistant.Retrieval.Store.Postgres;

/// <summary>
/// This process's vector index: loaded whole on first use, then brought forward by the generations it missed (its
/// own writes are applied as they commit): the documents those generations touched are read back in one snapshot and
/// replace their rows. Gapless generations make a hole in <c>store_changes</c> detectable; then it loads whole again.
/// </summary>
public sealed partial class PostgresKnowledgeStore
{
    private async Task<VectorIndex> GetCurrentIndexAsync(CancellationToken cancellationToken)
    {
        long generation;
        await using (var connection = await OpenAsync(cancellationToken))
        {
            generation = await ReadGenerationAsync(connection, null, cancellationToken);
        }

        return _index is { } current && current.Generation >= generation ? current : await RefreshAsync(cancellationToken);
    }

    /// <summary>What the change listener calls: a no-op before the first vector search, and when nothing changed.</summary>
    private async Task RefreshIndexAsync(CancellationToken cancellationToken)
    {
        if (_index is not null)
        {
            await RefreshAsync(cancellationToken);
        }
    }

    private async Task<VectorIndex> RefreshAsync(CancellationToken cancellationToken)
    {
        await _indexLoadLock.WaitAsync(cancellationToken);
        try
        {
            // The replaced index is not disposed: searches that started on it may still be running.
            for (var attempt = 0; _index is { } index && attempt < 3; attempt++)
            {
                if (await TryCatchUpAsync(index, cancellationToken))
                {
                    return index;
                }
            }

            _index = await LoadIndexAsync(cancellationToken);
            _listener.Start();
            return _index;
        }
        finally
        {
            _indexLoadLock.Release();
        }
    }

    private async Task<bool> TryCatchUpAsync(VectorIndex index, CancellationToken cancellationToken)
    {
        var applied = index.Generation;
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var latest = await ReadGenerationAsync(connection, transaction, cancellationToken);
        if (latest <= applied)
        {
            return true;
        }

        var touched = new HashSet<string>(StringComparer.Ordinal);
        long changes = 0;
        await using (var command = PostgresStoreRows.Command(connection,
            "SELECT documents FROM store_changes WHERE generation > @applied AND generation <= @latest", transaction, ("applied", applied), ("latest", latest)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                changes++;
                touched.UnionWith(reader.GetFieldValue<string[]>(0));
            }
        }

        if (changes != latest - applied)
        {
            _logger.LogInformation("The knowledge store's change log no longer reaches generation {Applied}: reloading the vector index", applied);
            return false;
        }

        var ids = touched.ToArray();
        var documents = await ReadIndexedDocumentsAsync(connection, transaction, "WHERE id = ANY(@ids)", ids, cancellationToken);
        var rows = documents.ToDictionary(d => d.Id, _ => new List<IndexedChunk>(), StringComparer.Ordinal);
        await ReadVectorsAsync(connection, transaction, "AND document_id = ANY(@ids)", ids, (document, seq, vector) =>
            rows[document].Add(new IndexedChunk(seq, vector.ToArray())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return index.Generation >= latest
            || index.TryApply(applied, latest, ids, documents.Select(d => (d, (IReadOnlyList<IndexedChunk>)rows[d.Id])).ToArray());
    }

    private async Task<VectorIndex> LoadIndexAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // One snapshot: the generation, documents and vectors agree.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var generation = await ReadGenerationAsync(connection, transaction, cancellationToken);
        var count = await PostgresStoreRows.ScalarAsync<long>(connection, "SELECT count(*) FROM chunks WHERE embedding IS NOT NULL", transaction, cancellationToken);
        var index = new VectorIndex(generation, (int)count);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in await ReadIndexedDocumentsAsync(connection, transaction, string.Empty, null, cancellationToken))
        {
            ordinals[document.Id] = index.LoadDocument(document);
        }

        await ReadVectorsAsync(connection, transaction, string.Empty, null, (document, seq, vector) =>
            index.LoadRow(ordinals[document], seq, vector), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return index;
    }

    private static async Task<List<IndexedDocument>> ReadIndexedDocumentsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string where, string[]? ids, CancellationToken cancellationToken)
    {
        await using var command = PostgresStoreRows.Command(connection, $"SELECT id, domain, tags::text FROM documents {where}", transaction, ("ids", ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var documents = new List<IndexedDocument>();
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(new IndexedDocument(reader.GetString(0), reader.GetString(1), StoreRows.ParseTags(reader.GetString(2))));
        }

        return documents;
    }

    private delegate void VectorRow(string document, long seq, ReadOnlySpan<float> vector);

    private static async Task ReadVectorsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string and, string[]? ids, VectorRow onRow, CancellationToken cancellationToken)
    {
        await using var command = PostgresStoreRows.Command(connection,
            $"SELECT seq, document_id, embedding FROM chunks WHERE embedding IS NOT NULL {and} ORDER BY seq", transaction, ("ids", ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var buffer = new byte[4096];
        while (await reader.ReadAsync(cancellationToken))
        {
            var seq = reader.GetInt64(0);
            var document = reader.GetString(1);
            var length = (int)reader.GetBytes(2, 0, null, 0, 0);
            if (buffer.Length < length)
            {
                buffer = new byte[length];
            }

            reader.GetBytes(2, 0, buffer, 0, length);
            onRow(document, seq, MemoryMarshal.Cast<byte, float>(buffer.AsSpan(0, length)));
        }
    }
}
