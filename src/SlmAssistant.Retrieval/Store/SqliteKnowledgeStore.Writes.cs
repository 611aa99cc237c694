using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store.Vectors;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Retrieval.Store;

/// <summary>The statements of one write transaction.</summary>
public sealed partial class SqliteKnowledgeStore
{
    private static async Task<long> ReadGenerationAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>("SELECT generation FROM store_state WHERE id = 1", cancellationToken, transaction);

    private static async Task<long> BumpGenerationAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>(
            "UPDATE store_state SET generation = generation + 1 WHERE id = 1 RETURNING generation", cancellationToken, transaction);

    private static async Task EnsureDimensionsAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken)
    {
        if (chunks.All(c => c.Embedding.IsEmpty))
        {
            return;
        }

        ChunkRules.EnsureWidth(chunks, await connection.ScalarAsync<long?>(
            "SELECT length(embedding) FROM chunks WHERE embedding IS NOT NULL LIMIT 1", cancellationToken, transaction));
    }

    /// <summary>
    /// Deletes the document with this id, and any other with this source, chunks first (the FTS triggers see each
    /// chunk go); returns the ids deleted.
    /// </summary>
    private static async Task<IReadOnlyList<string>> DeleteDocumentRowsAsync(
        SqliteConnection connection, SqliteTransaction transaction, string documentId, string? source, CancellationToken cancellationToken)
    {
        const string Match = "id = $id OR source = $source";
        await connection.ExecuteAsync(
            $"DELETE FROM chunk_sentences WHERE chunk_id IN (SELECT id FROM chunks WHERE document_id IN (SELECT id FROM documents WHERE {Match}))",
            cancellationToken, transaction, ("$id", documentId), ("$source", source));
        await connection.ExecuteAsync(
            $"DELETE FROM chunks WHERE document_id IN (SELECT id FROM documents WHERE {Match})",
            cancellationToken, transaction, ("$id", documentId), ("$source", source));
        await using var command = connection.Command(
            $"DELETE FROM documents WHERE {Match} RETURNING id", transaction, ("$id", documentId), ("$source", source));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var removed = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            removed.Add(reader.GetString(0));
        }

        return removed;
    }

    private static async Task InsertDocumentAsync(
        SqliteConnection connection, SqliteTransaction transaction, KnowledgeDocument document, int chunkCount, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(
            """
            INSERT INTO documents (id, source, title, domain, format, content_hash, size, chunk_count, page_count, ingested_at, tags, url, pipeline_version, origin)
            VALUES ($id, $source, $title, $domain, $format, $hash, $size, $chunks, $pages, $ingested, $tags, $url, $pipeline, $origin)
            """,
            cancellationToken,
            transaction,
            ("$id", document.Id),
            ("$source", document.Source),
            ("$title", document.Title),
            ("$domain", document.Domain),
            ("$format", document.Format.ToString()),
            ("$hash", document.ContentHash),
            ("$size", document.SizeBytes),
            ("$chunks", chunkCount),
            ("$pages", document.PageCount),
            ("$ingested", StoreRows.FormatTime(document.IngestedAt)),
            ("$tags", StoreRows.FormatTags(document.Tags)),
            ("$url", document.Url),
            ("$pipeline", Math.Max(1, document.PipelineVersion)),
            ("$origin", document.Origin));

    private static async Task<IReadOnlyList<IndexedChunk>> InsertChunksAsync(
        SqliteConnection connection, SqliteTransaction transaction, string domain, IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            """
            INSERT INTO chunks (id, document_id, domain, idx, text, title, section_path, page, embedding)
            VALUES ($id, $document, $domain, $idx, $text, $title, $section, $page, $embedding)
            RETURNING seq
            """,
            transaction,
            ("$domain", domain));
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var document = command.Parameters.Add("$document", SqliteType.Text);
        var index = command.Parameters.Add("$idx", SqliteType.Integer);
        var text = command.Parameters.Add("$text", SqliteType.Text);
        var title = command.Parameters.Add("$title", SqliteType.Text);
        var section = command.Parameters.Add("$section", SqliteType.Text);
        var page = command.Parameters.Add("$page", SqliteType.Integer);
        var embedding = command.Parameters.Add("$embedding", SqliteType.Blob);
        await using var sentences = connection.Command(
            "INSERT INTO chunk_sentences (chunk_id, idx, text, traits, embedding) VALUES ($chunk, $idx, $text, $traits, $embedding)", transaction);
        var sentenceChunk = sentences.Parameters.Add("$chunk", SqliteType.Text);
        var sentenceIndex = sentences.Parameters.Add("$idx", SqliteType.Integer);
        var sentenceText = sentences.Parameters.Add("$text", SqliteType.Text);
        var sentenceTraits = sentences.Parameters.Add("$traits", SqliteType.Integer);
        var sentenceEmbedding = sentences.Parameters.Add("$embedding", SqliteType.Blob);
        var indexed = new List<IndexedChunk>(chunks.Count);
        foreach (var chunk in chunks)
        {
            id.Value = chunk.Id;
            document.Value = chunk.DocumentId;
            index.Value = chunk.Index;
            text.Value = chunk.Text;
            title.Value = chunk.Title;
            section.Value = chunk.SectionPath;
            page.Value = (object?)chunk.Page ?? DBNull.Value;
            embedding.Value = (object?)EmbeddingBlob.ToBlob(chunk.Embedding) ?? DBNull.Value;
            var seq = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            indexed.Add(new IndexedChunk(seq, chunk.Embedding));
            foreach (var sentence in chunk.Sentences)
            {
                sentenceChunk.Value = chunk.Id;
                sentenceIndex.Value = sentence.Index;
                sentenceText.Value = sentence.Text;
                sentenceTraits.Value = (int)sentence.Traits;
                sentenceEmbedding.Value = (object?)EmbeddingBlob.ToBlob(sentence.Embedding) ?? DBNull.Value;
                await sentences.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return indexed;
    }
}
