using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Retrieval.Tests.Support;

namespace SlmAssistant.Retrieval.Tests.Store;

/// <summary>
/// Migration 3 renames documents stored under the old identity (a path from wherever the run started) by their path
/// below their domain folder, and merges the copies one file got from two working directories into one.
/// </summary>
public sealed class IdentityMigrationTests : IDisposable
{
    private const string Relative = "knowledge/return-policy/refunds.md";
    private const string Absolute = "/srv/app/knowledge/return-policy/refunds.md";

    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task DuplicatesOfTheOldSchemeAreMergedIntoOneDocumentWithItsChunksSentencesAndKeywordIndex()
    {
        await WriteOldStoreAsync();

        var documents = await _temp.Store.ListDocumentsAsync();

        Assert.Equal(["faq/hours.md", "return-policy/refunds.md", "upload://faq/gift-cards.md"], documents.Select(d => d.Source));
        var refunds = documents.Single(d => d.Source == "return-policy/refunds.md");
        Assert.Equal(KnowledgeDocument.IdFor("return-policy/refunds.md"), refunds.Id);
        Assert.Equal("newest copy", refunds.Title);
        var chunk = Assert.Single(await _temp.Store.GetChunksAsync(refunds.Id));
        Assert.Equal(KnowledgeChunk.MakeId(refunds.Id, 0), chunk.Id);
        Assert.Equal(Samples.UnitVector(2), chunk.Embedding.ToArray());
        Assert.Equal(3, await _temp.Store.CountChunksAsync());
        var hit = Assert.Single(await _temp.Store.KeywordSearchAsync("refunds", SearchFilter.None, 5));
        Assert.Equal("return-policy/refunds.md", hit.Chunk.Source);
        var sentences = await _temp.Store.GetSentencesAsync([chunk.Id]);
        Assert.Equal("Refunds take five days.", Assert.Single(sentences[chunk.Id]).Text);
        Assert.Equal(IngestionSteps.Ready, (await _temp.Store.GetAsync("return-policy/refunds.md"))?.Step);
        Assert.Null(await _temp.Store.GetAsync(Relative));
        Assert.Null(await _temp.Store.GetAsync(Absolute));
        var nearest = await _temp.Store.VectorSearchAsync(Samples.UnitVector(2), SearchFilter.None, 5);
        Assert.Single(nearest, h => h.Chunk.Text.StartsWith("Refunds", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOldSourceIsNamedFromTheFolderOfItsDomain()
    {
        Assert.Equal("return-policy/refunds.md", LegacySourceIdentity.Map(Relative, "return-policy"));
        Assert.Equal("return-policy/refunds.md", LegacySourceIdentity.Map(Absolute, "return-policy"));
        Assert.Equal("medical/adult/triage.md", LegacySourceIdentity.Map("knowledge/medical/adult/triage.md", "medical"));
        Assert.Equal("faq/hours.md", LegacySourceIdentity.Map("knowledge/faq/hours.md", "given-by-hand"));
        Assert.Equal("upload://faq/gift-cards.md", LegacySourceIdentity.Map("upload://faq/gift-cards.md", "faq"));
    }

    private async Task WriteOldStoreAsync()
    {
        Directory.CreateDirectory(_temp.DataDirectory);
        await using var old = new SqliteConnection($"Data Source={Path.Combine(_temp.DataDirectory, "knowledge.db")};Pooling=False");
        await old.OpenAsync();
        await using var command = old.CreateCommand();
        command.CommandText = StoreSchema.Migrations[0] + StoreSchema.Migrations[1] + """
            CREATE TABLE schema_versions (owner TEXT PRIMARY KEY, version INTEGER NOT NULL);
            INSERT INTO schema_versions (owner, version) VALUES ('knowledge', 2);
            """;
        await command.ExecuteNonQueryAsync();
        await InsertAsync(old, Relative, "return-policy", "older copy", "2026-01-01T00:00:00.0000000+00:00", "Refunds take five days.", 2);
        await InsertAsync(old, Absolute, "return-policy", "newest copy", "2026-01-02T00:00:00.0000000+00:00", "Refunds take five days.", 2);
        await InsertAsync(old, "knowledge/faq/hours.md", "faq", "Hours", "2026-01-01T00:00:00.0000000+00:00", "The desk opens at nine.", 1);
        await InsertAsync(old, "upload://faq/gift-cards.md", "faq", "Gift cards", "2026-01-01T00:00:00.0000000+00:00", "Gift cards last five years.", 3);
    }

    private static async Task InsertAsync(SqliteConnection connection, string source, string domain, string title, string ingestedAt, string text, int axis)
    {
        var id = KnowledgeDocument.IdFor(source);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO documents (id, source, title, domain, format, content_hash, size, chunk_count, ingested_at, pipeline_version)
            VALUES ($id, $source, $title, $domain, 'Markdown', 'hash', 10, 1, $ingested, 2);
            INSERT INTO chunks (id, document_id, domain, idx, text, title, section_path, embedding) VALUES ($id || ':0', $id, $domain, 0, $text, $title, '', $embedding);
            INSERT INTO chunk_sentences (chunk_id, idx, text, traits, embedding) VALUES ($id || ':0', 0, $text, 0, $embedding);
            INSERT INTO ingestion_journal (source, content_hash, step, updated_at) VALUES ($source, 'hash', 'ready', $ingested);
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$domain", domain);
        command.Parameters.AddWithValue("$ingested", ingestedAt);
        command.Parameters.AddWithValue("$text", text);
        command.Parameters.AddWithValue("$embedding", EmbeddingBlob.ToBlob(Samples.UnitVector(axis)));
        await command.ExecuteNonQueryAsync();
    }
}
