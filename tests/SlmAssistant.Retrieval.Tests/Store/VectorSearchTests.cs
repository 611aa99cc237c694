using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Retrieval.Tests.Support;
using SlmAssistant.Retrieval.Tests.Support.Providers;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Retrieval.Tests.Store;

public abstract class VectorSearchTests : StoreContractTests
{
    [Fact]
    public async Task HitsComeBestFirstWithCosineScores()
    {
        var document = Samples.Document("doc");
        await Store.ReplaceDocumentAsync(document,
        [
            Samples.Chunk(document, 0, "far", Samples.UnitVector(0, 0, 1, 0, 0)),
            Samples.Chunk(document, 1, "close", Samples.UnitVector(0, 1, 0.2f, 0, 0)),
            Samples.Chunk(document, 2, "closest", Samples.UnitVector(0, 1, 0, 0, 0)),
            Samples.Chunk(document, 3, "middle", Samples.UnitVector(0, 1, 1, 0, 0)),
        ]);

        var hits = await Store.VectorSearchAsync(new float[] { 2, 0, 0, 0 }, SearchFilter.None, 3);

        Assert.Equal(["closest", "close", "middle"], hits.Select(h => h.Chunk.Text));
        Assert.Equal(1.0, hits[0].Score, 5);
        Assert.Equal(1 / Math.Sqrt(2), hits[2].Score, 5);
    }

    [Fact]
    public async Task DomainAndTagFiltersApply()
    {
        var billing = Samples.Document("billing", "billing", new Dictionary<string, string> { ["lang"] = "en" });
        var shipping = Samples.Document("shipping", "shipping", new Dictionary<string, string> { ["lang"] = "de" });
        await Store.ReplaceDocumentAsync(billing, [Samples.Chunk(billing, 0, "b", Samples.UnitVector(0, 1, 0.5f, 0, 0))]);
        await Store.ReplaceDocumentAsync(shipping, [Samples.Chunk(shipping, 0, "s", Samples.UnitVector(0))]);

        var inBilling = await Store.VectorSearchAsync(Samples.UnitVector(0), new SearchFilter("billing"), 5);
        var german = await Store.VectorSearchAsync(Samples.UnitVector(0), new SearchFilter(Tags: new Dictionary<string, string> { ["lang"] = "de" }), 5);
        var nothing = await Store.VectorSearchAsync(Samples.UnitVector(0), new SearchFilter("billing", new Dictionary<string, string> { ["lang"] = "de" }), 5);

        Assert.Equal(["billing"], inBilling.Select(h => h.Chunk.DocumentId));
        Assert.Equal(["shipping"], german.Select(h => h.Chunk.DocumentId));
        Assert.Empty(nothing);
    }

    [Fact]
    public async Task WritesAfterTheIndexIsLoadedAreSeen()
    {
        var first = Samples.Document("first");
        await Store.ReplaceDocumentAsync(first, [Samples.Chunk(first, 0, "one", Samples.UnitVector(0))]);
        Assert.Single(await Store.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5));

        var second = Samples.Document("second");
        await Store.ReplaceDocumentAsync(second, [Samples.Chunk(second, 0, "two", Samples.UnitVector(1))]);
        await Store.ReplaceDocumentAsync(first, [Samples.Chunk(first, 0, "one again", Samples.UnitVector(2))]);

        var hits = await Store.VectorSearchAsync(Samples.UnitVector(2), SearchFilter.None, 5);
        Assert.Equal(["one again", "two"], hits.Select(h => h.Chunk.Text));
        Assert.Equal("second", (await Store.VectorSearchAsync(Samples.UnitVector(1), SearchFilter.None, 1))[0].Chunk.DocumentId);
    }

    [Fact]
    public async Task WritesByAnotherStoreOnTheSameFileAreSeen()
    {
        var first = Samples.Document("first");
        await Store.ReplaceDocumentAsync(first, [Samples.Chunk(first, 0, "one", Samples.UnitVector(0))]);
        Assert.Single(await Store.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5));

        var otherProcess = Provider.Open();
        {
            var second = Samples.Document("second");
            await otherProcess.ReplaceDocumentAsync(second, [Samples.Chunk(second, 0, "two", Samples.UnitVector(1))]);
            await otherProcess.DeleteDocumentAsync("first");
        }

        var hits = await Store.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5);
        Assert.Equal(["two"], hits.Select(h => h.Chunk.Text));
    }

    [Fact]
    public async Task ParallelScanFindsTheSameAsASequentialOne()
    {
        await using var parallel = await CreateProviderAsync(o => o.ParallelScanThreshold = 1);
        var random = new Random(42);
        for (var d = 0; d < 20; d++)
        {
            var document = Samples.Document($"d{d}", domain: d % 2 == 0 ? "even" : "odd");
            var chunks = Enumerable.Range(0, 25).Select(i => Samples.Chunk(document, i, $"chunk {i}", RandomVector(random))).ToArray();
            await Store.ReplaceDocumentAsync(document, chunks);
            await parallel.Store.ReplaceDocumentAsync(document, chunks);
        }

        var query = RandomVector(random);
        foreach (var filter in new[] { SearchFilter.None, new SearchFilter("odd") })
        {
            var expected = await Store.VectorSearchAsync(query, filter, 17);
            var actual = await parallel.Store.VectorSearchAsync(query, filter, 17);
            Assert.Equal(expected.Select(h => h.Chunk.Id), actual.Select(h => h.Chunk.Id));
            Assert.Equal(17, actual.Count);
        }
    }

    [Fact]
    public async Task ManyReplacementsKeepTheIndexExact()
    {
        // Enough churn to compact the index's removed rows several times.
        var random = new Random(7);
        var latest = new Dictionary<string, float[]>();
        for (var round = 0; round < 300; round++)
        {
            var document = Samples.Document($"d{round % 10}");
            var vectors = Enumerable.Range(0, 8).Select(_ => RandomVector(random)).ToArray();
            await Store.ReplaceDocumentAsync(document, vectors.Select((v, i) => Samples.Chunk(document, i, $"r{round}", v)).ToArray());
            for (var i = 0; i < vectors.Length; i++)
            {
                latest[$"{document.Id}:{i}"] = vectors[i];
            }

            if (round == 5)
            {
                await Store.VectorSearchAsync(vectors[0], SearchFilter.None, 1);
            }
        }

        foreach (var (id, vector) in latest.Take(10))
        {
            var hit = (await Store.VectorSearchAsync(vector, SearchFilter.None, 1))[0];
            Assert.Equal(id, hit.Chunk.Id);
            Assert.Equal(1.0, hit.Score, 4);
        }
    }

    [Fact]
    public async Task AQueryOfAnotherWidthIsRejected()
    {
        var document = Samples.Document("doc");
        await Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "four", Samples.UnitVector(0))]);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.VectorSearchAsync(new float[3], SearchFilter.None, 1));
    }

    [Fact]
    public async Task AHugeTopReturnsEveryChunkOnce()
    {
        var document = Samples.Document("doc");
        await Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "zero"), Samples.Chunk(document, 1, "one")]);

        Assert.Equal(2, (await Store.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, int.MaxValue)).Count);
        Assert.Equal(2, (await Store.KeywordSearchAsync("zero one", SearchFilter.None, int.MaxValue)).Count);
    }

    [Fact]
    public async Task AnEmptyStoreFindsNothing()
    {
        Assert.Empty(await Store.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5));
    }

    private static float[] RandomVector(Random random) =>
        Samples.UnitVector(0, (float)random.NextDouble() - 0.5f, (float)random.NextDouble() - 0.5f, (float)random.NextDouble() - 0.5f, (float)random.NextDouble() - 0.5f);
}

public sealed class SqliteVectorSearchTests : VectorSearchTests
{
    protected internal override Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        Task.FromResult<StoreProvider>(new SqliteStoreProvider(configure));
}

[Collection(PostgresCluster.Name)]
public sealed class PostgresVectorSearchTests(PostgresServer server) : VectorSearchTests
{
    protected internal override async Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        await PostgresStoreProvider.CreateAsync(server, configure);
}
