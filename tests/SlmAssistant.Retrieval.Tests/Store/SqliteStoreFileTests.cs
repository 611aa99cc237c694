using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Tests.Support;

namespace SlmAssistant.Retrieval.Tests.Store;

public sealed class SqliteStoreFileTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task TheDatabaseFileIsCreatedInTheDataDirectoryInWalModeWithItsSchemaVersion()
    {
        await _temp.Store.CountChunksAsync();

        Assert.Equal(Path.Combine(_temp.DataDirectory, "knowledge.db"), _temp.Store.DatabasePath);
        Assert.True(File.Exists(_temp.Store.DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={_temp.Store.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        command.CommandText = "SELECT version FROM schema_versions WHERE owner = 'knowledge'";
        Assert.Equal((long)Retrieval.Store.StoreSchema.Migrations.Count, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AStoreOfTheFirstSchemaIsMigratedAndKeepsItsDocuments()
    {
        Directory.CreateDirectory(_temp.DataDirectory);
        var path = Path.Combine(_temp.DataDirectory, "knowledge.db");
        await using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await old.OpenAsync();
            await using var command = old.CreateCommand();
            command.CommandText = Retrieval.Store.StoreSchema.Migrations[0] + """
                CREATE TABLE schema_version (version INTEGER NOT NULL);
                INSERT INTO schema_version (version) VALUES (1);
                INSERT INTO documents (id, source, title, domain, format, content_hash, size, chunk_count, ingested_at)
                VALUES ('old', 'knowledge/old.md', 'Old', 'billing', 'Markdown', 'abc', 10, 1, '2026-01-01T00:00:00.0000000+00:00');
                INSERT INTO chunks (id, document_id, domain, idx, text, title, section_path) VALUES ('old:0', 'old', 'billing', 0, 'Invoices are monthly.', 'Old', '');
                """;
            await command.ExecuteNonQueryAsync();
        }

        var document = await _temp.Store.GetDocumentAsync("old");
        var hit = Assert.Single(await _temp.Store.KeywordSearchAsync("invoices", SearchFilter.None, 5));

        Assert.Equal("Old", document?.Title);
        Assert.Null(document?.Url);
        Assert.Null(hit.Chunk.Url);
        var linked = Samples.Document("new", domain: "billing") with { Url = "https://shop.example/billing" };
        await _temp.Store.ReplaceDocumentAsync(linked, [Samples.Chunk(linked, 0, "Receipts are emailed.")]);
        Assert.Equal("https://shop.example/billing", (await _temp.Store.GetDocumentAsync("new"))?.Url);
    }

    [Fact]
    public async Task AStoreWhoseFolderCannotBeCreatedYetWorksOnceItCan()
    {
        var blocker = Path.Combine(_temp.Directory, "blocked");
        Directory.CreateDirectory(_temp.Directory);
        await File.WriteAllTextAsync(blocker, "a file where the data folder should go");
        using var store = Retrieval.Store.SqliteKnowledgeStore.Open(Path.Combine(blocker, "data"));

        await Assert.ThrowsAnyAsync<IOException>(() => store.CountChunksAsync());
        File.Delete(blocker);

        Assert.Equal(0, await store.CountChunksAsync());
    }
}
