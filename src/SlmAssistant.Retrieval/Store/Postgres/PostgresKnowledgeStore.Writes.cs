using Npgsql;
using NpgsqlTypes;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store.Vectors;

namespace SlmAssistant.Retrieval.Store.Postgres;

/// <summary>
/// Writes: each takes the <c>store_state</c> row lock first (writers of all replicas queue there, as SQLite's one
/// writer does), so generations are handed out in commit order without gaps; the change row and the notification
/// commit with the data.
/// </summary>
public sealed partial class PostgresKnowledgeStore
{
    public async Task ReplaceDocumentAsync(KnowledgeDocument document, IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(chunks);
        ChunkRules.Validate(document, chunks);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var after = await BumpGenerationAsync(connection, transaction, cancellationToken);
        if (chunks.Any(c => !c.Embedding.IsEmpty))
        {
            ChunkRules.EnsureWidth(chunks, await PostgresStoreRows.ScalarAsync<int?>(connection,
                "SELECT length(embedding) FROM chunks WHERE embedding IS NOT NULL LIMIT 1", transaction, cancellationToken));
        }

        var (removed, removedChunks, removedTokens) = await DeleteDocumentRowsAsync(connection, transaction, document.Id, document.Source, cancellationToken);
        await InsertDocumentAsync(connection, transaction, document, chunks.Count, cancellationToken);
        var (indexed, addedTokens) = await InsertChunksAsync(connection, transaction, document.Domain, chunks, cancellationToken);
        await RecordChangeAsync(connection, transaction, after, [.. removed.Append(document.Id).Distinct(StringComparer.Ordinal)],
            chunks.Count - removedChunks, addedTokens - removedTokens, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _index?.TryApply(after - 1, after, removed, new IndexedDocument(document.Id, document.Domain, document.Tags), indexed);
    }

    public async Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var after = await BumpGenerationAsync(connection, transaction, cancellationToken);
        var (removed, removedChunks, removedTokens) = await DeleteDocumentRowsAsync(connection, transaction, documentId, source: null, cancellationToken);
        if (removed.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await RecordChangeAsync(connection, transaction, after, [.. removed], -removedChunks, -removedTokens, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _index?.TryApply(after - 1, after, removed, added: null, []);
        return true;
    }

    private static async Task<long> BumpGenerationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        await PostgresStoreRows.ScalarAsync<long>(connection,
            "UPDATE store_state SET generation = generation + 1 WHERE id = 1 RETURNING generation", transaction, cancellationToken);

    /// <summary>The change row, the corpus totals BM25 reads, and the notification (delivered at commit).</summary>
    private static async Task RecordChangeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long generation, string[] documents, long chunkDelta, long tokenDelta,
        CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("INSERT INTO store_changes (generation, documents) VALUES (@generation, @documents)")
                {
                    Parameters = { new("generation", generation), new("documents", documents) },
                },
                new NpgsqlBatchCommand("UPDATE store_state SET chunk_total = chunk_total + @chunks, token_total = token_total + @tokens WHERE id = 1")
                {
                    Parameters = { new("chunks", chunkDelta), new("tokens", tokenDelta) },
                },
                new NpgsqlBatchCommand($"SELECT pg_notify('{PostgresStoreSchema.Channel}', @payload)") { Parameters = { new("payload", generation.ToString(System.Globalization.CultureInfo.InvariantCulture)) } },
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes the document with this id, and any other with this source (chunks and their sentences cascade).</summary>
    private static async Task<(IReadOnlyList<string> Removed, long Chunks, long Tokens)> DeleteDocumentRowsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string documentId, string? source, CancellationToken cancellationToken)
    {
        long chunks = 0, tokens = 0;
        await using (var gone = PostgresStoreRows.Command(connection,
            """
            WITH gone AS (DELETE FROM chunks WHERE document_id IN (SELECT id FROM documents WHERE id = @id OR source = @source) RETURNING token_count)
            SELECT count(*), coalesce(sum(token_count), 0)::bigint FROM gone
            """, transaction, ("id", documentId), ("source", source)))
        await using (var reader = await gone.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                (chunks, tokens) = (reader.GetInt64(0), reader.GetInt64(1));
            }
        }

        await using var command = PostgresStoreRows.Command(connection,
            "DELETE FROM documents WHERE id = @id OR source = @source RETURNING id", transaction, ("id", documentId), ("source", source));
        await using var removedReader = await command.ExecuteReaderAsync(cancellationToken);
        var removed = new List<string>();
        while (await removedReader.ReadAsync(cancellationToken))
        {
            removed.Add(removedReader.GetString(0));
        }

        return (removed, chunks, tokens);
    }

    private static async Task InsertDocumentAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, KnowledgeDocument document, int chunkCount, CancellationToken cancellationToken)
    {
        await using var command = PostgresStoreRows.Command(connection,
            """
            INSERT INTO documents (id, source, title, domain, format, content_hash, size, chunk_count, page_count, ingested_at, tags, url, pipeline_version, origin)
            VALUES (@id, @source, @title, @domain, @format, @hash, @size, @chunks, @pages, @ingested, @tags::jsonb, @url, @pipeline, @origin)
            """,
            transaction,
            ("id", document.Id),
            ("source", document.Source),
            ("title", document.Title),
            ("domain", document.Domain),
            ("format", document.Format.ToString()),
            ("hash", document.ContentHash),
            ("size", document.SizeBytes),
            ("chunks", chunkCount),
            ("pages", document.PageCount),
            ("ingested", document.IngestedAt.ToUniversalTime()),
            ("tags", StoreRows.FormatTags(document.Tags)),
            ("url", document.Url),
            ("pipeline", Math.Max(1, document.PipelineVersion)),
            ("origin", document.Origin));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>All chunks in one statement, all sentences in another (arrays unnested by the server).</summary>
    private static async Task<(IReadOnlyList<IndexedChunk> Indexed, long Tokens)> InsertChunksAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string domain, IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken)
    {
        if (chunks.Count == 0)
        {
            return ([], 0);
        }

        var seqs = new Dictionary<string, long>(StringComparer.Ordinal);
        long tokens = 0;
        await using (var command = new NpgsqlCommand(
            """
            INSERT INTO chunks (id, document_id, domain, idx, text, title, section_path, page, embedding)
            SELECT id, document_id, @domain, idx, text, title, section_path, page, embedding
            FROM unnest(@ids, @documents, @indexes, @texts, @titles, @sections, @pages, @embeddings)
                AS c (id, document_id, idx, text, title, section_path, page, embedding)
            RETURNING id, seq, token_count
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("domain", domain);
            command.Parameters.AddWithValue("ids", chunks.Select(c => c.Id).ToArray());
            command.Parameters.AddWithValue("documents", chunks.Select(c => c.DocumentId).ToArray());
            command.Parameters.AddWithValue("indexes", chunks.Select(c => c.Index).ToArray());
            command.Parameters.AddWithValue("texts", chunks.Select(c => c.Text).ToArray());
            command.Parameters.AddWithValue("titles", chunks.Select(c => c.Title).ToArray());
            command.Parameters.AddWithValue("sections", chunks.Select(c => c.SectionPath).ToArray());
            command.Parameters.Add(new NpgsqlParameter("pages", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = chunks.Select(c => c.Page).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("embeddings", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = chunks.Select(c => EmbeddingBlob.ToBlob(c.Embedding)).ToArray() });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                seqs[reader.GetString(0)] = reader.GetInt64(1);
                tokens += reader.GetInt32(2);
            }
        }

        var sentences = chunks.SelectMany(c => c.Sentences.Select(s => (Chunk: c.Id, Sentence: s))).ToArray();
        if (sentences.Length > 0)
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO chunk_sentences (chunk_id, idx, text, traits, embedding) SELECT * FROM unnest(@chunks, @indexes, @texts, @traits, @embeddings)",
                connection, transaction);
            command.Parameters.AddWithValue("chunks", sentences.Select(s => s.Chunk).ToArray());
            command.Parameters.AddWithValue("indexes", sentences.Select(s => s.Sentence.Index).ToArray());
            command.Parameters.AddWithValue("texts", sentences.Select(s => s.Sentence.Text).ToArray());
            command.Parameters.AddWithValue("traits", sentences.Select(s => (int)s.Sentence.Traits).ToArray());
            command.Parameters.Add(new NpgsqlParameter("embeddings", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = sentences.Select(s => EmbeddingBlob.ToBlob(s.Sentence.Embedding)).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return (chunks.Select(c => new IndexedChunk(seqs[c.Id], c.Embedding)).ToArray(), tokens);
    }
}
