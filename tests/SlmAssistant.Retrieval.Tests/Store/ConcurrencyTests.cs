using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Tests.Support;

namespace SlmAssistant.Retrieval.Tests.Store;

public sealed class ConcurrencyTests : IDisposable
{
    private const int Readers = 3;
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ReadersKeepWorkingWhileDocumentsAreReplaced()
    {
        var document = Samples.Document("live");
        await _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, "version zero", Samples.UnitVector(0))]);
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
                await _temp.Store.ReplaceDocumentAsync(document,
                    [Samples.Chunk(document, 0, $"version {version}", Samples.UnitVector(0)), Samples.Chunk(document, 1, "second chunk", Samples.UnitVector(1))]);
            }

            await stop.CancelAsync();
        });
        var readers = Enumerable.Range(0, Readers).Select(reader => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var keyword = await _temp.Store.KeywordSearchAsync("version", SearchFilter.None, 5);
                var vector = await _temp.Store.VectorSearchAsync(Samples.UnitVector(0), SearchFilter.None, 5);
                // Each write is atomic: a reader sees one version of the document, never two or none.
                Assert.Single(keyword);
                Assert.Equal("live:0", vector[0].Chunk.Id);
                Interlocked.Increment(ref searches[reader]);
            }
        })).ToArray();

        await writer.WaitAsync(TimeSpan.FromSeconds(60));
        await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(searches, count => Assert.True(count >= 20, $"a reader searched only {count} times"));
        Assert.Equal($"version {lastVersion}", (await _temp.Store.GetChunksAsync("live"))[0].Text);
    }
}
