using Npgsql;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Retrieval.Store.Postgres;

/// <summary>
/// Keyword search: the user's words (<see cref="FtsQuery.Terms"/>, misspellings corrected as with SQLite) ORed into a
/// tsquery, candidates from the GIN index, ranked by FTS5's BM25 (k1 1.2, b 0.75, IDF floored at 1e-6) with the
/// configured weights per field: a term's frequency counts title (A), heading (B) and text (D) occurrences times their
/// weights, the length is the chunk's token count, and N and the mean length are the corpus totals of <c>store_state</c>.
/// </summary>
public sealed partial class PostgresKnowledgeStore
{
    private static readonly System.Text.CompositeFormat Bm25Query = System.Text.CompositeFormat.Parse(Bm25Sql);

    private const string Bm25Sql =
        """
        WITH q AS (SELECT to_tsquery('english', @query) AS query),
        terms AS (SELECT DISTINCT lexeme FROM unnest(tsvector_to_array(to_tsvector('english', @words))) AS lexeme),
        corpus AS (SELECT greatest(chunk_total, 1)::float8 AS n, greatest(token_total, 1)::float8 / greatest(chunk_total, 1) AS avgdl
                   FROM store_state WHERE id = 1),
        idf AS (SELECT t.lexeme, greatest(ln((corpus.n - df.hits + 0.5) / (df.hits + 0.5)), 1e-6) AS idf
                FROM terms t CROSS JOIN corpus
                CROSS JOIN LATERAL (SELECT count(*)::float8 AS hits FROM chunks c WHERE c.search @@ quote_literal(t.lexeme)::tsquery) df),
        matched AS (SELECT c.seq, c.search, c.token_count FROM chunks c JOIN documents d ON d.id = c.document_id CROSS JOIN q
                    WHERE c.search @@ q.query AND {0}),
        scored AS (SELECT m.seq, sum(i.idf * (f.freq * 2.2) / (f.freq + 1.2 * (0.25 + 0.75 * m.token_count / corpus.avgdl))) AS score
                   FROM matched m CROSS JOIN corpus
                   CROSS JOIN LATERAL unnest(m.search) u
                   JOIN idf i ON i.lexeme = u.lexeme
                   CROSS JOIN LATERAL (SELECT sum(CASE w WHEN 'A' THEN @title WHEN 'B' THEN @section ELSE @text END) AS freq
                                       FROM unnest(u.weights) w) f
                   GROUP BY m.seq)
        SELECT {1}, s.score FROM scored s JOIN chunks c ON c.seq = s.seq JOIN documents d ON d.id = c.document_id
        ORDER BY s.score DESC, s.seq LIMIT @top
        """;

    public async Task<IReadOnlyList<ScoredChunk>> KeywordSearchAsync(
        string query, SearchFilter filter, int top, CancellationToken cancellationToken = default)
    {
        filter ??= SearchFilter.None;
        var terms = FtsQuery.Terms(await WithCorrectionsAsync(query ?? string.Empty, cancellationToken));
        if (terms.Count == 0 || top <= 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = PostgresStoreRows.FilterConditions(filter, command);
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, Bm25Query, conditions, StoreRows.ChunkColumns);
        // Terms are letters and digits only; quoted, no tsquery syntax can come from them.
        command.Parameters.AddWithValue("query", string.Join(" | ", terms.Select(t => $"'{t}'")));
        command.Parameters.AddWithValue("words", string.Join(' ', terms));
        command.Parameters.AddWithValue("title", _options.TitleWeight);
        command.Parameters.AddWithValue("section", _options.SectionWeight);
        command.Parameters.AddWithValue("text", _options.TextWeight);
        command.Parameters.AddWithValue("top", (long)top);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<ScoredChunk>(Math.Min(top, 1024));
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new ScoredChunk(PostgresStoreRows.ReadChunk(reader, withEmbedding: false), reader.GetDouble(StoreRows.ChunkColumnCount)));
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
        await using var command = PostgresStoreRows.Command(connection,
            $"SELECT {StoreRows.ChunkColumns} FROM chunks c JOIN documents d ON d.id = c.document_id WHERE c.seq = ANY(@seqs)", null, ("seqs", seqs));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var chunks = new Dictionary<long, KnowledgeChunk>(seqs.Length);
        while (await reader.ReadAsync(cancellationToken))
        {
            chunks[reader.GetInt64(0)] = PostgresStoreRows.ReadChunk(reader, withEmbedding: false);
        }

        return chunks;
    }
}
