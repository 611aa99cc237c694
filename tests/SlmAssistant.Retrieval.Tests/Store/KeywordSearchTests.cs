using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Retrieval.Tests.Support;
using SlmAssistant.Retrieval.Tests.Support.Providers;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Retrieval.Tests.Store;

public abstract class KeywordSearchTests : StoreContractTests
{
    [Theory]
    [InlineData("\"refund")]
    [InlineData("refund*")]
    [InlineData("refund NEAR policy")]
    [InlineData("NEAR(refund policy, 3)")]
    [InlineData("-refund")]
    [InlineData("(refund OR")]
    [InlineData("title:refund")]
    [InlineData("^refund AND NOT policy")]
    [InlineData("refund's {policy} [2024] + ~ | \\ / ;")]
    public async Task UserInputWithFtsSyntaxNeverThrowsAndStillMatchesItsWords(string query)
    {
        await SeedAsync();

        var hits = await Store.KeywordSearchAsync(query, SearchFilter.None, 10);

        Assert.Contains(hits, h => h.Chunk.DocumentId == "refunds");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("how do I")]
    [InlineData("\"* - ( ) :")]
    public async Task InputWithoutSearchableWordsFindsNothing(string query)
    {
        await SeedAsync();

        Assert.Empty(await Store.KeywordSearchAsync(query, SearchFilter.None, 10));
    }

    [Fact]
    public async Task ScoresArePositiveAndBestFirst()
    {
        await SeedAsync();

        var hits = await Store.KeywordSearchAsync("refund policy for damaged parcels", SearchFilter.None, 10);

        Assert.True(hits.Count >= 2);
        Assert.All(hits, h => Assert.True(h.Score > 0));
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Chunk.Id), hits.Select(h => h.Chunk.Id));
        Assert.Equal("refunds", hits[0].Chunk.DocumentId);
    }

    [Fact]
    public async Task StemmingMatchesOtherFormsOfAWord()
    {
        await SeedAsync();

        var hits = await Store.KeywordSearchAsync("refunding", SearchFilter.None, 10);

        Assert.Contains(hits, h => h.Chunk.DocumentId == "refunds");
    }

    [Fact]
    public async Task TopLimitsTheNumberOfHits()
    {
        await SeedAsync();

        Assert.Single(await Store.KeywordSearchAsync("parcels", SearchFilter.None, 1));
    }

    [Fact]
    public async Task DomainAndTagFiltersApply()
    {
        await SeedAsync();

        var billing = await Store.KeywordSearchAsync("parcels", new SearchFilter("billing"), 10);
        var german = await Store.KeywordSearchAsync("parcels", new SearchFilter(Tags: new Dictionary<string, string> { ["lang"] = "de" }), 10);
        var none = await Store.KeywordSearchAsync("parcels", new SearchFilter("billing", new Dictionary<string, string> { ["lang"] = "de" }), 10);

        Assert.All(billing, h => Assert.Equal("billing", h.Chunk.Domain));
        Assert.Equal(["shipping-de"], german.Select(h => h.Chunk.DocumentId).Distinct());
        Assert.Empty(none);
    }

    [Fact]
    public async Task QueryWordsDoNotMatchTheDomainItself()
    {
        await SeedAsync();

        Assert.Empty(await Store.KeywordSearchAsync("logistics", SearchFilter.None, 10));
    }

    [Fact]
    public async Task DomainFilterIsExactForDomainsThatShareWords()
    {
        var eu = Samples.Document("eu", "billing-eu");
        var plain = Samples.Document("plain", "eu");
        await Store.ReplaceDocumentAsync(eu, [Samples.Chunk(eu, 0, "Invoices in euro.")]);
        await Store.ReplaceDocumentAsync(plain, [Samples.Chunk(plain, 0, "Invoices everywhere.")]);

        Assert.Equal(["plain"], (await Store.KeywordSearchAsync("invoices", new SearchFilter("eu"), 10)).Select(h => h.Chunk.DocumentId));
        Assert.Equal(["eu"], (await Store.KeywordSearchAsync("invoices", new SearchFilter("billing-eu"), 10)).Select(h => h.Chunk.DocumentId));
        Assert.Empty(await Store.KeywordSearchAsync("invoices", new SearchFilter("--"), 10));
    }

    [Fact]
    public async Task TitleMatchesWeighMoreThanTextMatches()
    {
        var titled = Samples.Document("titled", title: "Warranty");
        var mentioned = Samples.Document("mentioned", title: "General terms");
        await Store.ReplaceDocumentAsync(titled, [Samples.Chunk(titled, 0, "Repairs are free for two years after purchase of the device.")]);
        await Store.ReplaceDocumentAsync(mentioned, [Samples.Chunk(mentioned, 0, "Repairs are covered by the warranty for two years after purchase.")]);

        var hits = await Store.KeywordSearchAsync("warranty", SearchFilter.None, 10);

        Assert.Equal("titled", hits[0].Chunk.DocumentId);
    }

    private async Task SeedAsync()
    {
        var refunds = Samples.Document("refunds", "billing", title: "Refund policy");
        var shipping = Samples.Document("shipping", "logistics", title: "Shipping");
        var shippingDe = Samples.Document("shipping-de", "logistics", new Dictionary<string, string> { ["lang"] = "de" }, title: "Versand");
        await Store.ReplaceDocumentAsync(refunds,
        [
            Samples.Chunk(refunds, 0, "We refund damaged parcels in full within 14 days.", section: "Refunds"),
            Samples.Chunk(refunds, 1, "Invoices for refunded orders are corrected automatically."),
        ]);
        await Store.ReplaceDocumentAsync(shipping, [Samples.Chunk(shipping, 0, "Parcels leave the warehouse every weekday.")]);
        await Store.ReplaceDocumentAsync(shippingDe, [Samples.Chunk(shippingDe, 0, "Parcels (Pakete) werden werktags versendet.")]);
    }
}

public sealed class SqliteKeywordSearchTests : KeywordSearchTests
{
    protected internal override Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        Task.FromResult<StoreProvider>(new SqliteStoreProvider(configure));
}

[Collection(PostgresCluster.Name)]
public sealed class PostgresKeywordSearchTests(PostgresServer server) : KeywordSearchTests
{
    protected internal override async Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null) =>
        await PostgresStoreProvider.CreateAsync(server, configure);
}
