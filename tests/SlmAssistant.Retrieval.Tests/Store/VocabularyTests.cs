using SlmAssistant.Retrieval.Store;
using SlmAssistant.Retrieval.Tests.Support;
using SlmAssistant.Retrieval.Tests.Support.Providers;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Retrieval.Tests.Store;

public abstract class VocabularyTests : StoreContractTests
{
    [Fact]
    public async Task PhrasesAreFoundWithTheKeywordIndexsTokensAndStems()
    {
        var refunds = Samples.Document("refunds", "billing", title: "Refund policy");
        await Store.ReplaceDocumentAsync(refunds, [Samples.Chunk(refunds, 0, "Harbor & Pine refunds damaged parcels in full.", section: "Refunds")]);

        var found = await Store.ContainsAsync(["Harbor Pine", "harbor", "Refunded", "Pine Harbor", "Costco", "", "Refund policy", "\"Harbor\" OR NEAR(x"]);

        Assert.Equal([true, true, true, false, false, false, true, false], found);
    }

    [Fact]
    public async Task AnEmptyStoreKnowsNoWordAndDeletedDocumentsAreForgotten()
    {
        var refunds = Samples.Document("refunds", "billing");
        Assert.Equal([false], await Store.ContainsAsync(["refund"]));
        await Store.ReplaceDocumentAsync(refunds, [Samples.Chunk(refunds, 0, "We refund damaged parcels.")]);
        Assert.Equal([true], await Store.ContainsAsync(["refund"]));

        await Store.DeleteDocumentAsync("refunds");

        Assert.Equal([false], await Store.ContainsAsync(["refund"]));
    }
}

public sealed class SqliteVocabularyTests : VocabularyTests
{
    protected internal override Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        Task.FromResult<StoreProvider>(new SqliteStoreProvider(configure));
}

[Collection(PostgresCluster.Name)]
public sealed class PostgresVocabularyTests(PostgresServer server) : VocabularyTests
{
    protected internal override async Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        await PostgresStoreProvider.CreateAsync(server, configure);
}
