using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Tests.Support;

namespace SlmAssistant.Retrieval.Tests.Store;

public sealed class IngestionJournalTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task RecordingTheSameSourceAgainUpdatesItsEntry()
    {
        var at = Samples.IngestedAt;
        await _temp.Store.RecordAsync(new IngestionEntry("knowledge/a.pdf", "h1", IngestionSteps.Extracting, null, at));

        await _temp.Store.RecordAsync(new IngestionEntry("knowledge/a.pdf", "h2", IngestionSteps.Failed, "not a PDF", at.AddMinutes(1)));

        var entry = await _temp.Store.GetAsync("knowledge/a.pdf");
        Assert.Equal(new IngestionEntry("knowledge/a.pdf", "h2", IngestionSteps.Failed, "not a PDF", at.AddMinutes(1)), entry);
        Assert.Single(await _temp.Store.ListAsync());
    }

    [Fact]
    public async Task ListReturnsEverySourceInOrder()
    {
        await _temp.Store.RecordAsync(new IngestionEntry("b.md", "h", IngestionSteps.Ready, null, Samples.IngestedAt));
        await _temp.Store.RecordAsync(new IngestionEntry("a.md", "h", IngestionSteps.Queued, null, Samples.IngestedAt));

        Assert.Equal(["a.md", "b.md"], (await _temp.Store.ListAsync()).Select(e => e.Source));
        Assert.Null(await _temp.Store.GetAsync("c.md"));
    }
}
