using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store.Vectors;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Retrieval.Store;

/// <summary>Keyword search (FTS5, BM25) and vector search (the in-memory index).</summary>
public sealed partial class SqliteKnowledgeStore
{
    public async Task<IReadOnlyList<ScoredChunk>> KeywordSearchAsync(
        string query, SearchFilter filter, int top, CancellationToken cancellationToken = default)
    {
        filter ??= SearchFilter.None;
        var match = FtsQuery.FromUserText(await WithCorrectionsAsync(query ?? string.Empty, cancellationToken));
        if (match.Length == 0 || top <= 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = StoreRows.FilterConditions(filter, command);
        // The user's words are matched in the text columns only; a domain filter also narrows the match inside FTS5
        // (the SQL condition then only confirms the exact value), so filtered searches score fewer rows, not more.
        match = $"{{title section_path text}} : ({match})";
        if (FtsQuery.Phrase(filter.Domain) is { } domain)
        {
            match = $"{match} AND domain : {domain}";
        }

        // bm25() with our column weights is negative (more negative is better): reported negated. Ordering by the
        // function with a LIMIT lets SQLite keep only the best rows as they come (ORDER BY rank sorts every match:
        // 1.7x slower at 100k chunks). Unfiltered, the top rows are picked before any chunk row is read.
        command.CommandText = conditions == "1"
            ? $"""
               SELECT {StoreRows.ChunkColumns}, -f.score
               FROM (SELECT rowid, bm25(chunks_fts, $title, $section, $text, 0.0) AS score FROM chunks_fts
                     WHERE chunks_fts MATCH $match ORDER BY score LIMIT $top) f
               JOIN chunks c ON c.seq = f.rowid JOIN documents d ON d.id = c.document_id
               ORDER BY f.score
               """
            : $"""
               SELECT {StoreRows.ChunkColumns}, -bm25(chunks_fts, $title, $section, $text, 0.0) AS score
               FROM chunks_fts JOIN chunks c ON c.seq = chunks_fts.rowid JOIN documents d ON d.id = c.document_id
               WHERE chunks_fts MATCH $match AND {conditions}
               ORDER BY score DESC LIMIT $top
               """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$title", _options.TitleWeight);
        command.Parameters.AddWithValue("$section", _options.SectionWeight);
        command.Parameters.AddWithValue("$text", _options.TextWeight);
        command.Parameters.AddWithValue("$top", top);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<ScoredChunk>(Math.Min(top, 1024));
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new ScoredChunk(StoreRows.ReadChunk(reader, withEmbedding: false), reader.GetDouble(StoreRows.ChunkColumnCount)));
        }

        return hits;
    }

    public async Task<IReadOnlyList<ScoredChunk>> VectorSearchAsync(
        ReadOnlyMemory<float> query, SearchFilter filter, int top, CancellationToken cancellationToken = default)
    {
        filter ??= SearchFilter.None;
        if (query.IsEmpty || top <= 0)
        {
            return [];
        }

        return await ConsistentVectorSearch.RunAsync(
            query, filter, top, _options.ParallelScanThreshold, GetCurrentIndexAsync, LoadChunksAsync, cancellationToken);
    }

    private async Task<Dictionary<long, KnowledgeChunk>> LoadChunksAsync(long[] seqs, CancellationToken cancellationToken)
    {
        if (seqs.Length == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {StoreRows.ChunkColumns} FROM chunks c JOIN documents d ON d.id = c.document_id " +
            "WHERE c.seq IN (SELECT value FROM json_each($seqs))");
        command.Parameters.AddWithValue("$seqs", System.Text.Json.JsonSerializer.Serialize(seqs));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var chunks = new Dictionary<long, KnowledgeChunk>(seqs.Length);
        while (await reader.ReadAsync(cancellationToken))
        {
            chunks[reader.GetInt64(0)] = StoreRows.ReadChunk(reader, withEmbedding: false);
        }

        return chunks;
    }

    /// <summary>
    /// The vector index as of the database's current generation: loaded on first use, and again when another
    /// process (or a write whose delta could not be applied) changed the store.
    /// </summary>
    private async Task<VectorIndex> GetCurrentIndexAsync(CancellationToken cancellationToken)
    {
        long generation;
        await using (var connection = await OpenAsync(cancellationToken))
        {
            generation = await ReadGenerationAsync(connection, null, cancellationToken);
        }

        if (_index is { } current && current.Generation >= generation)
        {
            return current;
        }

        await _indexLoadLock.WaitAsync(cancellationToken);
        try
        {
            if (_index is { } loaded && loaded.Generation >= generation)
            {
                return loaded;
            }

            // The replaced index is not disposed: searches that started on it may still be running.
            _index = await LoadIndexAsync(cancellationToken);
            return _index;
        }
        finally
        {
            _indexLoadLock.Release();
        }
    }

    private async Task<VectorIndex> LoadIndexAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // One read transaction: the generation, documents and vectors come from the same snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var generation = await ReadGenerationAsync(connection, transaction, cancellationToken);
        var rows = await connection.ScalarAsync<int>("SELECT count(*) FROM chunks WHERE embedding IS NOT NULL", cancellationToken, transaction);
        var index = new VectorIndex(generation, rows);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var documents = connection.Command("SELECT id, domain, tags FROM documents", transaction))
        await using (var reader = await documents.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var document = new IndexedDocument(reader.GetString(0), reader.GetString(1), StoreRows.ParseTags(reader.GetString(2)));
                ordinals[document.Id] = index.LoadDocument(document);
            }
        }

        await using (var vectors = connection.Command("SELECT seq, document_id, embedding FROM chunks WHERE embedding IS NOT NULL ORDER BY seq", transaction))
        await using (var reader = await vectors.ExecuteReaderAsync(cancellationToken))
        {
            var buffer = new byte[4096];
            while (await reader.ReadAsync(cancellationToken))
            {
                var length = (int)reader.GetBytes(2, 0, null, 0, 0);
                if (buffer.Length < length)
                {
                    buffer = new byte[length];
                }

                reader.GetBytes(2, 0, buffer, 0, length);
                index.LoadRow(ordinals[reader.GetString(1)], reader.GetInt64(0), MemoryMarshal.Cast<byte, float>(buffer.AsSpan(0, length)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return index;
    }
}
