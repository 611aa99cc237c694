using Microsoft.Extensions.AI;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Embeddings.Generation;

namespace SlmAssistant.Retrieval.Tests.Embeddings;

public class QueryEmbeddingCacheTests
{
    [Fact]
    public async Task AQueryIsEmbeddedOnceAndPassagesAlways()
    {
        var model = new CountingGenerator();
        using var cache = new QueryEmbeddingCache(model);

        await cache.GenerateAsync(["how long for refunds?"], EmbeddingPurpose.ForQuery());
        await cache.GenerateAsync(["how long for refunds?"], EmbeddingPurpose.ForQuery());
        await cache.GenerateAsync(["Refunds take 5 days."]);
        await cache.GenerateAsync(["Refunds take 5 days."]);

        Assert.Equal(3, model.Calls);
    }

    [Fact]
    public async Task AtCapacityZeroOnlyTheLatestQueryIsKept()
    {
        var model = new CountingGenerator();
        using var cache = new QueryEmbeddingCache(model, capacity: 0);

        await cache.GenerateAsync(["first?"], EmbeddingPurpose.ForQuery());
        await cache.GenerateAsync(["first?"], EmbeddingPurpose.ForQuery());
        await cache.GenerateAsync(["second?"], EmbeddingPurpose.ForQuery());
        await cache.GenerateAsync(["first?"], EmbeddingPurpose.ForQuery());

        Assert.Equal(3, model.Calls);
    }

    private sealed class CountingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Calls { get; private set; }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(new float[] { v.Length, 1 }))));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
