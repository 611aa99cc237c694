using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Tests.Support;

namespace SlmAssistant.Retrieval.Tests.Store;

public sealed class SqliteKnowledgeStoreTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task DocumentAndChunksRoundTrip()
    {
        var document = Samples.Document("faq", domain: "billing", tags: new Dictionary<string, string> { ["lang"] = "en" }) with { Format = Abstractions.Documents.DocumentFormat.Pdf };
        document = document with { PageCount = 7 };
        var chunks = new[]
        {
            Samples.Chunk(document, 0, "Refunds take fourteen days.", section: "Payments > Refunds"),
            Samples.Chunk(document, 1, "Invoices are sent monthly."),
        };

        await _temp.Store.ReplaceDocumentAsync(document, chunks);
        var stored = await _temp.Store.GetDocumentAsync("faq");
        var storedChunks = await _temp.Store.GetChunksAsync("faq");

        Assert.NotNull(stored);
        Assert.Equal(document.Source, stored.Source);
        Assert.Equal(document.Title, stored.Title);
        Assert.Equal("billing", stored.Domain);
        Assert.Equal(Abstractions.Documents.DocumentFormat.Pdf, stored.Format);
        Assert.Equal(document.ContentHash, stored.ContentHash);
        Assert.Equal(1234, stored.SizeBytes);
        Assert.Equal(2, stored.ChunkCount);
        Assert.Equal(7, stored.PageCount);
        Assert.Equal(Samples.IngestedAt, stored.IngestedAt);
        Assert.Equal("en", stored.Tags["lang"]);
        Assert.Equal(["faq:0", "faq:1"], storedChunks.Select(c => c.Id));
        Assert.Equal("Payments > Refunds", storedChunks[0].SectionPath);
        Assert.Equal(1, storedChunks[0].Page);
        Assert.Equal(document.Source, storedChunks[0].Source);
        Assert.Equal("billing", storedChunks[0].Domain);
        Assert.Equal(chunks[1].Embedding.ToArray(), storedChunks[1].Embedding.ToArray());
        Assert.Equal(stored, await _temp.Store.FindBySourceAsync(document.Source), DocumentComparer.Instance);
        Assert.Equal(2, await _temp.Store.CountChunksAsync());
    }

    [Fact]
    public async Task ReplaceRemovesTheOldChunksAndUpdatesTheKeywordIndex()
    {
        var document = Samples.Document("policy");
        await _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Parcels ship by courier."), Samples.Chunk(document, 1, "Old wording here.")]);

        await _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Parcels travel by drone.")]);

        var chunks = await _temp.Store.GetChunksAsync("policy");
        Assert.Equal(["Parcels travel by drone."], chunks.Select(c => c.Text));
        Assert.Empty(await _temp.Store.KeywordSearchAsync("courier", SearchFilter.None, 10));
        Assert.Empty(await _temp.Store.KeywordSearchAsync("wording", SearchFilter.None, 10));
        Assert.Single(await _temp.Store.KeywordSearchAsync("drone", SearchFilter.None, 10));
        Assert.Equal(1, await _temp.Store.CountChunksAsync());
    }

    [Fact]
    public async Task ReplaceThatFailsHalfwayLeavesTheOldVersion()
    {
        var document = Samples.Document("returns");
        var other = Samples.Document("other");
        await _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Returns within thirty days.")]);
        await _temp.Store.ReplaceDocumentAsync(other, [Samples.Chunk(other, 0, "Something else entirely.")]);
        // The second chunk reuses another document's chunk id: the insert fails after the old chunks were deleted.
        var clash = Samples.Chunk(document, 1, "Clashing chunk.") with { Id = "other:0" };

        await Assert.ThrowsAsync<SqliteException>(() =>
            _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Returns within ninety days."), clash]));

        Assert.Equal(["Returns within thirty days."], (await _temp.Store.GetChunksAsync("returns")).Select(c => c.Text));
        Assert.Single(await _temp.Store.KeywordSearchAsync("thirty", SearchFilter.None, 10));
        Assert.Empty(await _temp.Store.KeywordSearchAsync("ninety", SearchFilter.None, 10));
    }

    [Fact]
    public async Task ReplaceBySameSourceUnderANewIdReplacesTheOldDocument()
    {
        var first = Samples.Document("v1", source: "knowledge/guide.md");
        var second = Samples.Document("v2", source: "knowledge/guide.md");
        await _temp.Store.ReplaceDocumentAsync(first, [Samples.Chunk(first, 0, "First edition.")]);

        await _temp.Store.ReplaceDocumentAsync(second, [Samples.Chunk(second, 0, "Second edition.")]);

        Assert.Null(await _temp.Store.GetDocumentAsync("v1"));
        Assert.Equal("v2", (await _temp.Store.FindBySourceAsync("knowledge/guide.md"))?.Id);
        Assert.Empty(await _temp.Store.KeywordSearchAsync("first", SearchFilter.None, 10));
    }

    [Fact]
    public async Task DeleteRemovesTheDocumentItsChunksAndTheirIndexEntries()
    {
        var document = Samples.Document("gone");
        await _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Ephemeral content.", Samples.UnitVector(2))]);
        Assert.Single(await _temp.Store.VectorSearchAsync(Samples.UnitVector(2), SearchFilter.None, 5));

        Assert.True(await _temp.Store.DeleteDocumentAsync("gone"));

        Assert.Null(await _temp.Store.GetDocumentAsync("gone"));
        Assert.Empty(await _temp.Store.GetChunksAsync("gone"));
        Assert.Empty(await _temp.Store.KeywordSearchAsync("ephemeral", SearchFilter.None, 10));
        Assert.Empty(await _temp.Store.VectorSearchAsync(Samples.UnitVector(2), SearchFilter.None, 5));
        Assert.False(await _temp.Store.DeleteDocumentAsync("gone"));
    }

    [Fact]
    public async Task DeletingADocumentRowCascadesToChunksAndTheKeywordIndex()
    {
        var document = Samples.Document("cascade");
        await _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Cascading deletion.")]);

        await using (var connection = new SqliteConnection($"Data Source={_temp.Store.DatabasePath};Foreign Keys=True;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM documents WHERE id = 'cascade'";
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, await _temp.Store.CountChunksAsync());
        Assert.Empty(await _temp.Store.KeywordSearchAsync("cascading", SearchFilter.None, 10));
    }

    [Fact]
    public async Task ListDocumentsFiltersByDomainAndTags()
    {
        await AddAsync("a", "billing", new() { ["lang"] = "en", ["tier"] = "gold" });
        await AddAsync("b", "billing", new() { ["lang"] = "de" });
        await AddAsync("c", "shipping", new() { ["lang"] = "en" });

        Assert.Equal(["a", "b", "c"], (await _temp.Store.ListDocumentsAsync()).Select(d => d.Id));
        Assert.Equal(["a", "b"], (await _temp.Store.ListDocumentsAsync(new SearchFilter("billing"))).Select(d => d.Id));
        Assert.Equal(["a", "c"], (await _temp.Store.ListDocumentsAsync(new SearchFilter(Tags: Tags(("lang", "en"))))).Select(d => d.Id));
        Assert.Equal(["a"], (await _temp.Store.ListDocumentsAsync(new SearchFilter("billing", Tags(("lang", "en"), ("tier", "gold"))))).Select(d => d.Id));
        Assert.Empty(await _temp.Store.ListDocumentsAsync(new SearchFilter("billing", Tags(("tier", "silver")))));
    }

    [Fact]
    public async Task ReopeningTheFileKeepsEverything()
    {
        var document = Samples.Document("durable");
        await _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Durable knowledge.", Samples.UnitVector(1))]);
        await _temp.Store.RecordAsync(new IngestionEntry("knowledge/durable.md", "hash", IngestionSteps.Ready, null, Samples.IngestedAt));
        _temp.Store.Dispose();

        using var reopened = _temp.Open();

        Assert.NotNull(await reopened.GetDocumentAsync("durable"));
        Assert.Single(await reopened.KeywordSearchAsync("durable", SearchFilter.None, 5));
        Assert.Equal("durable:0", (await reopened.VectorSearchAsync(Samples.UnitVector(1), SearchFilter.None, 5))[0].Chunk.Id);
        Assert.Equal(IngestionSteps.Ready, (await reopened.GetAsync("knowledge/durable.md"))?.Step);
    }

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

    [Fact]
    public async Task ChunksOfAnotherDocumentAreRejected()
    {
        var document = Samples.Document("mine");
        var stranger = Samples.Chunk(Samples.Document("theirs"), 0, "Not mine.");

        await Assert.ThrowsAsync<ArgumentException>(() => _temp.Store.ReplaceDocumentAsync(document, [stranger]));
    }

    [Fact]
    public async Task VectorsOfAnotherWidthAreRejected()
    {
        var document = Samples.Document("four");
        await _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Four dimensions.")]);
        var wide = Samples.Document("five");

        await Assert.ThrowsAsync<ArgumentException>(() =>
            _temp.Store.ReplaceDocumentAsync(wide, [Samples.Chunk(wide, 0, "Five dimensions.", [1, 0, 0, 0, 0])]));
    }

    private async Task AddAsync(string id, string domain, Dictionary<string, string> tags)
    {
        var document = Samples.Document(id, domain, tags);
        await _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, $"Content of {id}.")]);
    }

    private static Dictionary<string, string> Tags(params (string Key, string Value)[] tags) => tags.ToDictionary(t => t.Key, t => t.Value);

    private sealed class DocumentComparer : IEqualityComparer<KnowledgeDocument?>
    {
        public static DocumentComparer Instance { get; } = new();

        public bool Equals(KnowledgeDocument? x, KnowledgeDocument? y) => x?.Id == y?.Id && x?.Source == y?.Source && x?.ContentHash == y?.ContentHash;

        public int GetHashCode(KnowledgeDocument? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
