using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Retrieval.Tests.Support;
using SlmAssistant.Retrieval.Tests.Support.Providers;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Retrieval.Tests.Store;

public abstract class ConcurrencyTests : StoreContractTests
{
    private const int Readers = 3;
    [Fact]
    public async Task ReadersKeepWorkingWhileDocumentsAreReplaced()
    {
        var document = Samples.Document("live");
        await Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "version zero", Samples.UnitVector(0))]);
        using var stop = new CancellationTokenSource();
        var searches = new int[Readers];
        var lastVersion = 0;

        var writer = Task.Run(async () =>
        {
            // Keep writing until every reader has searched a while alongside the writes (bounded in time).
            var deadline = DateTime.UtcNow.AddSeconds(20);
            for (var version = 1; version <= 40 || (searches.Min() < 20 && DateTime.UtcNow < deadline); version++)
            {
                lastVersion = version;
                await Store.ReplaceDocumentAsync(document,
                    [Samples.Chunk(document, 0, $"version {version}", Samples.UnitVector(0)), Samples.Chunk(document, 1, "second chunk", Samples.UnitVector(1))]);
            }

            await stop.CancelAsync();
        });
        var readers = Enumerable.Range(0, Readers).Select(reader => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var keyword = await Store.KeywordSearchAsync("version", SearchFilter.None, 5);
                var vector = await Store.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5);
                // Each write is atomic: a reader sees one version of the document, never two or none.
                Assert.Single(keyword);
                Assert.Equal("live:0", vector[0].Chunk.Id);
                Interlocked.Increment(ref searches[reader]);
            }
        })).ToArray();

        await writer.WaitAsync(TimeSpan.FromSeconds(60));
        await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(searches, count => Assert.True(count >= 20, $"a reader searched only {count} times"));
        Assert.Equal($"version {lastVersion}", (await Store.GetChunksAsync("live"))[0].Text);
    }
}

public sealed class SqliteConcurrencyTests : ConcurrencyTests
{
    protected internal override Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        Task.FromResult<StoreProvider>(new SqliteStoreProvider(configure));
}

[Collection(PostgresCluster.Name)]
public sealed class PostgresConcurrencyTests(PostgresServer server) : ConcurrencyTests
{
    protected internal override async Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        await PostgresStoreProvider.CreateAsync(server, configure);
}
