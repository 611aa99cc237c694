using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Retrieval.Tests.Support;
using SlmAssistant.Retrieval.Tests.Support.Providers;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Retrieval.Tests.Store;

public abstract class IngestionJournalTests : StoreContractTests
{
    [Fact]
    public async Task RecordingTheSameSourceAgainUpdatesItsEntry()
    {
        var at = Samples.IngestedAt;
        await Store.RecordAsync(new IngestionEntry("knowledge/a.pdf", "h1", IngestionSteps.Extracting, null, at));

        await Store.RecordAsync(new IngestionEntry("knowledge/a.pdf", "h2", IngestionSteps.Failed, "not a PDF", at.AddMinutes(1)));

        var entry = await Store.GetAsync("knowledge/a.pdf");
        Assert.Equal(new IngestionEntry("knowledge/a.pdf", "h2", IngestionSteps.Failed, "not a PDF", at.AddMinutes(1)), entry);
        Assert.Single(await Store.ListAsync());
    }

    [Fact]
    public async Task ListReturnsEverySourceInOrder()
    {
        await Store.RecordAsync(new IngestionEntry("b.md", "h", IngestionSteps.Ready, null, Samples.IngestedAt));
        await Store.RecordAsync(new IngestionEntry("a.md", "h", IngestionSteps.Queued, null, Samples.IngestedAt));

        Assert.Equal(["a.md", "b.md"], (await Store.ListAsync()).Select(e => e.Source));
        Assert.Null(await Store.GetAsync("c.md"));
    }
}

public sealed class SqliteIngestionJournalTests : IngestionJournalTests
{
    protected internal override Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        Task.FromResult<StoreProvider>(new SqliteStoreProvider(configure));
}

[Collection(PostgresCluster.Name)]
public sealed class PostgresIngestionJournalTests(PostgresServer server) : IngestionJournalTests
{
    protected internal override async Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        await PostgresStoreProvider.CreateAsync(server, configure);
}
