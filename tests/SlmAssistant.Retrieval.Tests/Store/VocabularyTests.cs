using SlmAssistant.Retrieval.Tests.Support;

namespace SlmAssistant.Retrieval.Tests.Store;

public sealed class VocabularyTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task PhrasesAreFoundWithTheKeywordIndexsTokensAndStems()
    {
        var refunds = Samples.Document("refunds", "billing", title: "Refund policy");
        await _temp.Store.ReplaceDocumentAsync(refunds, [Samples.Chunk(refunds, 0, "Harbor & Pine refunds damaged parcels in full.", section: "Refunds")]);

        var found = await _temp.Store.ContainsAsync(["Harbor Pine", "harbor", "Refunded", "Pine Harbor", "Costco", "", "Refund policy", "\"Harbor\" OR NEAR(x"]);

        Assert.Equal([true, true, true, false, false, false, true, false], found);
    }

    [Fact]
    public async Task AnEmptyStoreKnowsNoWordAndDeletedDocumentsAreForgotten()
    {
        var refunds = Samples.Document("refunds", "billing");
        Assert.Equal([false], await _temp.Store.ContainsAsync(["refund"]));
        await _temp.Store.ReplaceDocumentAsync(refunds, [Samples.Chunk(refunds, 0, "We refund damaged parcels.")]);
        Assert.Equal([true], await _temp.Store.ContainsAsync(["refund"]));

        await _temp.Store.DeleteDocumentAsync("refunds");

        Assert.Equal([false], await _temp.Store.ContainsAsync(["refund"]));
    }
}
