using Npgsql;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Tests.Support;
using SlmAssistant.Retrieval.Tests.Support.Providers;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Retrieval.Tests.Store;

/// <summary>Two replicas on one PostgreSQL database: each keeps its own vector index and follows the other's writes.</summary>
[Collection(PostgresCluster.Name)]
public sealed class PostgresReplicaTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private PostgresStoreProvider? _provider;

    private PostgresStoreProvider Provider => _provider!;

    public async Task InitializeAsync() => _provider = await PostgresStoreProvider.CreateAsync(server);

    public async Task DisposeAsync() => await Provider.DisposeAsync();

    [Fact]
    public async Task AReplicasIndexFollowsAnotherReplicasWritesWithoutBeingAsked()
    {
        var a = Provider.PostgresStore;
        var b = Provider.OpenReplica();
        var first = Samples.Document("first");
        await b.ReplaceDocumentAsync(first, [Samples.Chunk(first, 0, "one", Samples.UnitVector(0))]);
        Assert.Single(await a.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5));
        var loaded = a.IndexGeneration;

        var second = Samples.Document("second");
        await b.ReplaceDocumentAsync(second, [Samples.Chunk(second, 0, "two", Samples.UnitVector(1))]);
        await b.DeleteDocumentAsync("first");

        // Notified, replica A brings its index forward by itself; no search of A is needed for it.
        await WaitForAsync(() => a.IndexGeneration >= loaded + 2);
        Assert.Equal(["second"], (await a.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5)).Select(h => h.Chunk.DocumentId));
    }

    [Fact]
    public async Task AReplicaThatLostItsListenerCatchesUpAfterReconnecting()
    {
        var a = Provider.PostgresStore;
        var b = Provider.OpenReplica();
        var first = Samples.Document("first");
        await a.ReplaceDocumentAsync(first, [Samples.Chunk(first, 0, "one", Samples.UnitVector(0))]);
        Assert.Single(await a.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5));
        await WaitForAsync(async () => await ListenersAsync() == 1);

        // The server drops A's listening connection; B's write is notified while A is not listening.
        await TerminateListenersAsync();
        var second = Samples.Document("second");
        await b.ReplaceDocumentAsync(second, [Samples.Chunk(second, 0, "two", Samples.UnitVector(1))]);

        await WaitForAsync(() => a.IndexGeneration >= 2);
        Assert.Equal(1, await ListenersAsync());
        Assert.Equal("second", (await a.VectorSearchAsync(Samples.UnitVector(1), SearchFilter.None, 1))[0].Chunk.DocumentId);
    }

    [Fact]
    public async Task ASearchAfterAnotherReplicasWriteSeesItEvenBeforeTheNotification()
    {
        var a = Provider.PostgresStore;
        var b = Provider.OpenReplica();
        var first = Samples.Document("first");
        await a.ReplaceDocumentAsync(first, [Samples.Chunk(first, 0, "one", Samples.UnitVector(0))]);
        Assert.Single(await a.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5));

        var second = Samples.Document("second");
        await b.ReplaceDocumentAsync(second, [Samples.Chunk(second, 0, "two", Samples.UnitVector(1))]);

        // Read-your-writes across replicas: the search checks the generation, whatever the listener has done so far.
        Assert.Equal("second", (await a.VectorSearchAsync(Samples.UnitVector(1), SearchFilter.None, 1))[0].Chunk.DocumentId);
        Assert.Equal(2, (await a.KeywordSearchAsync("one two", SearchFilter.None, 5)).Count);
    }

    [Fact]
    public async Task APrunedChangeLogMakesAReplicaReloadItsWholeIndex()
    {
        var a = Provider.PostgresStore;
        var b = Provider.OpenReplica();
        var first = Samples.Document("first");
        await a.ReplaceDocumentAsync(first, [Samples.Chunk(first, 0, "one", Samples.UnitVector(0))]);
        Assert.Single(await a.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5));
        await b.DeleteDocumentAsync("first");
        var second = Samples.Document("second");
        await b.ReplaceDocumentAsync(second, [Samples.Chunk(second, 0, "two", Samples.UnitVector(0))]);

        await Provider.ExecuteSqlAsync("DELETE FROM store_changes");

        Assert.Equal(["second"], (await a.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5)).Select(h => h.Chunk.DocumentId));
    }

    private async Task<long> ListenersAsync()
    {
        await using var connection = new NpgsqlConnection(Provider.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task TerminateListenersAsync()
    {
        await Provider.ExecuteSqlAsync(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()");
    }

    private static Task WaitForAsync(Func<bool> condition) => WaitForAsync(() => Task.FromResult(condition()));

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not within {Patience.TotalSeconds} s");
            await Task.Delay(50);
        }
    }
}
