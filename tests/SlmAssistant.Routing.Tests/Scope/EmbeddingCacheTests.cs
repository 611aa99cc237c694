using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Routing.Scope;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Embeddings;

namespace SlmAssistant.Routing.Tests.Scope;

public class EmbeddingCacheTests
{
    [Fact]
    public async Task SecondRequestForTheSameTextsReadsTheFileInsteadOfTheModel()
    {
        using var temp = new TempDirectory();
        var cache = new EmbeddingCache(temp.Path);
        var counting = new CountingGenerator(PackageArcticEmbeddingGenerator.Shared);
        string[] texts = ["where is my package", "how do I return an item"];

        var first = await cache.GetOrEmbedAsync(counting, texts, EmbeddingPurpose.ForQuery());
        var second = await cache.GetOrEmbedAsync(counting, texts, EmbeddingPurpose.ForQuery());

        Assert.Equal(1, counting.Calls);
        Assert.Single(Directory.GetFiles(temp.Path, "*.emb"));
        Assert.Equal(first.Values.ToArray(), second.Values.ToArray());
    }

    [Fact]
    public void KeyChangesWithTheTextsTheModelAndThePurpose()
    {
        var key = EmbeddingCache.Key("model", null, ["a", "b"]);

        Assert.NotEqual(key, EmbeddingCache.Key("model", null, ["a", "c"]));
        Assert.NotEqual(key, EmbeddingCache.Key("other", null, ["a", "b"]));
        Assert.NotEqual(key, EmbeddingCache.Key("model", EmbeddingPurpose.ForQuery(), ["a", "b"]));
        Assert.NotEqual(key, EmbeddingCache.Key("model", null, ["ab"]));
    }

    [Fact]
    public async Task CorruptCacheFileIsRecomputed()
    {
        using var temp = new TempDirectory();
        var cache = new EmbeddingCache(temp.Path);
        string[] texts = ["hello"];
        var path = Path.Combine(temp.Path, $"{EmbeddingCache.Key(EmbeddingCache.ModelName(PackageArcticEmbeddingGenerator.Shared), null, texts)}.emb");
        await File.WriteAllBytesAsync(path, [1, 2, 3]);

        var matrix = await cache.GetOrEmbedAsync(PackageArcticEmbeddingGenerator.Shared, texts);

        Assert.Equal(1, matrix.Rows);
        Assert.Equal(384, matrix.Dimensions);
    }
}
