using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Search;
using SlmAssistant.Retrieval.Tests.Support;

namespace SlmAssistant.Retrieval.Tests.Search;

[Collection(SharedModel.Name)]
public sealed class HybridKnowledgeSearchTests(ModelFixture model) : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task FusionFindsAChunkOnlyTheVectorRetrieverFinds()
    {
        await SeedAsync();
        var search = Search(depth: 3);

        // No word of the question is in the refund chunk; only its meaning is.
        var hits = await search.SearchAsync(new SearchRequest("How can I get my money back?", Top: 3));

        var refund = Assert.Single(hits, h => h.Chunk.DocumentId == "refunds");
        Assert.Null(refund.KeywordScore);
        Assert.NotNull(refund.VectorScore);
    }

    [Fact]
    public async Task FusionFindsAChunkOnlyTheKeywordRetrieverFinds()
    {
        await SeedAsync();
        var search = Search(depth: 2);

        var hits = await search.SearchAsync(new SearchRequest("error code QX-7731", Top: 5));

        var error = Assert.Single(hits, h => h.Chunk.DocumentId == "errors");
        Assert.NotNull(error.KeywordScore);
        Assert.Contains(hits, h => h.KeywordScore is null && h.VectorScore is not null);
    }

    [Fact]
    public async Task AChunkBothRetrieversFindRanksFirstWithBothScores()
    {
        await SeedAsync();

        var hits = await Search(depth: 10).SearchAsync(new SearchRequest("reset password", Top: 3));

        Assert.Equal("passwords", hits[0].Chunk.DocumentId);
        Assert.NotNull(hits[0].KeywordScore);
        Assert.NotNull(hits[0].VectorScore);
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Chunk.Id), hits.Select(h => h.Chunk.Id));
    }

    [Fact]
    public async Task FiltersApplyToBothRetrievers()
    {
        await SeedAsync();

        var hits = await Search(depth: 10).SearchAsync(new SearchRequest("reset password refund", Top: 10, new SearchFilter("billing")));

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("billing", h.Chunk.Domain));
    }

    [Fact]
    public async Task WithoutAnEmbeddingGeneratorTheSearchIsKeywordOnly()
    {
        await SeedAsync();
        var search = new HybridKnowledgeSearch(_temp.Store, Options.Create(new HybridSearchOptions()));

        var hits = await search.SearchAsync(new SearchRequest("password", Top: 5));

        Assert.False(search.IsVectorSearchEnabled);
        Assert.Equal("passwords", Assert.Single(hits).Chunk.DocumentId);
        Assert.Null(hits[0].VectorScore);
    }

    [Fact]
    public async Task BlankQueriesFindNothing()
    {
        await SeedAsync();

        Assert.Empty(await Search(depth: 5).SearchAsync(new SearchRequest("  ")));
    }

    private HybridKnowledgeSearch Search(int depth) =>
        new(_temp.Store, Options.Create(new HybridSearchOptions { CandidateDepth = depth }), model.Generator);

    private async Task SeedAsync()
    {
        (string Id, string Domain, string Text)[] documents =
        [
            ("refunds", "billing", "Returned items are reimbursed to the original card within fourteen days."),
            ("passwords", "accounts", "To reset your password, choose Forgot password on the sign-in page."),
            ("errors", "support", "QX-7731 appears when the printer firmware is outdated."),
            ("shipping", "logistics", "Parcels leave the warehouse every weekday at noon."),
            ("invoices", "billing", "Invoices are emailed on the first day of every month."),
        ];
        foreach (var (id, domain, text) in documents)
        {
            var document = Samples.Document(id, domain, title: id);
            var vector = (await model.Generator.GenerateAsync([text]))[0].Vector.ToArray();
            await _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, text, vector)]);
        }
    }
}
