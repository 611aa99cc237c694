using System.Data.Common;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Retrieval.Tests.Support;
using SlmAssistant.Retrieval.Tests.Support.Providers;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Retrieval.Tests.Store;

public abstract class KnowledgeStoreTests : StoreContractTests
{
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

        await Store.ReplaceDocumentAsync(document, chunks);
        var stored = await Store.GetDocumentAsync("faq");
        var storedChunks = await Store.GetChunksAsync("faq");

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
        Assert.Equal(stored, await Store.FindBySourceAsync(document.Source), DocumentComparer.Instance);
        Assert.Equal(2, await Store.CountChunksAsync());
    }

    [Fact]
    public async Task ReplaceRemovesTheOldChunksAndUpdatesTheKeywordIndex()
    {
        var document = Samples.Document("policy");
        await Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Parcels ship by courier."), Samples.Chunk(document, 1, "Old wording here.")]);

        await Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Parcels travel by drone.")]);

        var chunks = await Store.GetChunksAsync("policy");
        Assert.Equal(["Parcels travel by drone."], chunks.Select(c => c.Text));
        Assert.Empty(await Store.KeywordSearchAsync("courier", SearchFilter.None, 10));
        Assert.Empty(await Store.KeywordSearchAsync("wording", SearchFilter.None, 10));
        Assert.Single(await Store.KeywordSearchAsync("drone", SearchFilter.None, 10));
        Assert.Equal(1, await Store.CountChunksAsync());
    }

    [Fact]
    public async Task ReplaceThatFailsHalfwayLeavesTheOldVersion()
    {
        var document = Samples.Document("returns");
        var other = Samples.Document("other");
        await Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Returns within thirty days.")]);
        await Store.ReplaceDocumentAsync(other, [Samples.Chunk(other, 0, "Something else entirely.")]);
        // The second chunk reuses another document's chunk id: the insert fails after the old chunks were deleted.
        var clash = Samples.Chunk(document, 1, "Clashing chunk.") with { Id = "other:0" };

        await Assert.ThrowsAnyAsync<DbException>(() =>
            Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Returns within ninety days."), clash]));

        Assert.Equal(["Returns within thirty days."], (await Store.GetChunksAsync("returns")).Select(c => c.Text));
        Assert.Single(await Store.KeywordSearchAsync("thirty", SearchFilter.None, 10));
        Assert.Empty(await Store.KeywordSearchAsync("ninety", SearchFilter.None, 10));
    }

    [Fact]
    public async Task ReplaceBySameSourceUnderANewIdReplacesTheOldDocument()
    {
        var first = Samples.Document("v1", source: "knowledge/guide.md");
        var second = Samples.Document("v2", source: "knowledge/guide.md");
        await Store.ReplaceDocumentAsync(first, [Samples.Chunk(first, 0, "First edition.")]);

        await Store.ReplaceDocumentAsync(second, [Samples.Chunk(second, 0, "Second edition.")]);

        Assert.Null(await Store.GetDocumentAsync("v1"));
        Assert.Equal("v2", (await Store.FindBySourceAsync("knowledge/guide.md"))?.Id);
        Assert.Empty(await Store.KeywordSearchAsync("first", SearchFilter.None, 10));
    }

    [Fact]
    public async Task DeleteRemovesTheDocumentItsChunksAndTheirIndexEntries()
    {
        var document = Samples.Document("gone");
        await Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Ephemeral content.", Samples.UnitVector(2))]);
        Assert.Single(await Store.VectorSearchAsync(Samples.UnitVector(2), SearchFilter.None, 5));

        Assert.True(await Store.DeleteDocumentAsync("gone"));

        Assert.Null(await Store.GetDocumentAsync("gone"));
        Assert.Empty(await Store.GetChunksAsync("gone"));
        Assert.Empty(await Store.KeywordSearchAsync("ephemeral", SearchFilter.None, 10));
        Assert.Empty(await Store.VectorSearchAsync(Samples.UnitVector(2), SearchFilter.None, 5));
        Assert.False(await Store.DeleteDocumentAsync("gone"));
    }

    [Fact]
    public async Task DeletingADocumentRowCascadesToChunksAndTheKeywordIndex()
    {
        var document = Samples.Document("cascade");
        await Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Cascading deletion.")]);

        await Provider.ExecuteSqlAsync("DELETE FROM documents WHERE id = 'cascade'");

        Assert.Equal(0, await Store.CountChunksAsync());
        Assert.Empty(await Store.KeywordSearchAsync("cascading", SearchFilter.None, 10));
    }

    [Fact]
    public async Task ListDocumentsFiltersByDomainAndTags()
    {
        await AddAsync("a", "billing", new() { ["lang"] = "en", ["tier"] = "gold" });
        await AddAsync("b", "billing", new() { ["lang"] = "de" });
        await AddAsync("c", "shipping", new() { ["lang"] = "en" });

        Assert.Equal(["a", "b", "c"], (await Store.ListDocumentsAsync()).Select(d => d.Id));
        Assert.Equal(["a", "b"], (await Store.ListDocumentsAsync(new SearchFilter("billing"))).Select(d => d.Id));
        Assert.Equal(["a", "c"], (await Store.ListDocumentsAsync(new SearchFilter(Tags: Tags(("lang", "en"))))).Select(d => d.Id));
        Assert.Equal(["a"], (await Store.ListDocumentsAsync(new SearchFilter("billing", Tags(("lang", "en"), ("tier", "gold"))))).Select(d => d.Id));
        Assert.Empty(await Store.ListDocumentsAsync(new SearchFilter("billing", Tags(("tier", "silver")))));
    }

    [Fact]
    public async Task ReopeningTheStoreKeepsEverything()
    {
        var document = Samples.Document("durable");
        await Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Durable knowledge.", Samples.UnitVector(1))]);
        await Store.RecordAsync(new IngestionEntry("knowledge/durable.md", "hash", IngestionSteps.Ready, null, Samples.IngestedAt));
        Store.Dispose();

        var reopened = Provider.Open();

        Assert.NotNull(await reopened.GetDocumentAsync("durable"));
        Assert.Single(await reopened.KeywordSearchAsync("durable", SearchFilter.None, 5));
        Assert.Equal("durable:0", (await reopened.VectorSearchAsync(Samples.UnitVector(1), SearchFilter.None, 5))[0].Chunk.Id);
        Assert.Equal(IngestionSteps.Ready, (await reopened.GetAsync("knowledge/durable.md"))?.Step);
    }

    [Fact]
    public async Task ChunksOfAnotherDocumentAreRejected()
    {
        var document = Samples.Document("mine");
        var stranger = Samples.Chunk(Samples.Document("theirs"), 0, "Not mine.");

        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReplaceDocumentAsync(document, [stranger]));
    }

    [Fact]
    public async Task VectorsOfAnotherWidthAreRejected()
    {
        var document = Samples.Document("four");
        await Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "Four dimensions.")]);
        var wide = Samples.Document("five");

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.ReplaceDocumentAsync(wide, [Samples.Chunk(wide, 0, "Five dimensions.", [1, 0, 0, 0, 0])]));
    }

    private async Task AddAsync(string id, string domain, Dictionary<string, string> tags)
    {
        var document = Samples.Document(id, domain, tags);
        await Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, $"Content of {id}.")]);
    }

    private static Dictionary<string, string> Tags(params (string Key, string Value)[] tags) => tags.ToDictionary(t => t.Key, t => t.Value);

    private sealed class DocumentComparer : IEqualityComparer<KnowledgeDocument?>
    {
        public static DocumentComparer Instance { get; } = new();

        public bool Equals(KnowledgeDocument? x, KnowledgeDocument? y) => x?.Id == y?.Id && x?.Source == y?.Source && x?.ContentHash == y?.ContentHash;

        public int GetHashCode(KnowledgeDocument? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}

public sealed class SqliteKnowledgeStoreTests : KnowledgeStoreTests
{
    protected internal override Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        Task.FromResult<StoreProvider>(new SqliteStoreProvider(configure));
}

[Collection(PostgresCluster.Name)]
public sealed class PostgresKnowledgeStoreTests(PostgresServer server) : KnowledgeStoreTests
{
    protected internal override async Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        await PostgresStoreProvider.CreateAsync(server, configure);
}
