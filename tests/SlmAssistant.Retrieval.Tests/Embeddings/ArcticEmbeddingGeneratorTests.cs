using Microsoft.Extensions.AI;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Embeddings.Generation;
using SlmAssistant.Embeddings.Model;
using SlmAssistant.Embeddings.Model.Graph;
using SlmAssistant.Retrieval.Tests.Support;

namespace SlmAssistant.Retrieval.Tests.Embeddings;

[Collection(SharedModel.Name)]
public sealed class ArcticEmbeddingGeneratorTests(ModelFixture model)
{
    private static readonly string[] Passages =
    [
        "Refunds are issued to the original payment method within 14 days after we receive the returned item.",
        "To reset your password, open the sign-in page, choose Forgot password and follow the link we send to your email address.",
        "Our support team answers calls from Monday to Friday, except on public holidays.",
        "Premium subscribers can add up to five team members; each member gets their own login and can be removed at any time from the account settings page.",
        string.Join(' ', Enumerable.Repeat(
            "Shipping to most European countries takes three to five working days, and orders placed before noon leave the warehouse the same day.", 6)),
        "Warranty",
    ];

    [Fact]
    public async Task GeneratorMatchesThePackagesOwnEncoderOnPassages()
    {
        var ours = await model.Generator.GenerateAsync(Passages);
        var theirs = model.Package.Encode(Passages);

        for (var i = 0; i < Passages.Length; i++)
        {
            Assert.True(Vectors.Cosine(ours[i].Vector.Span, theirs[i]) >= 0.999, $"passage {i}: cosine {Vectors.Cosine(ours[i].Vector.Span, theirs[i])}");
        }
    }

    [Fact]
    public async Task VectorsHave384UnitLengthDimensions()
    {
        var embeddings = await model.Generator.GenerateAsync(Passages);

        Assert.All(embeddings, e =>
        {
            Assert.Equal(ArcticXsModel.Dimensions, e.Vector.Length);
            Assert.Equal(1.0, System.Numerics.Tensors.TensorPrimitives.Norm(e.Vector.Span), 4);
            Assert.Equal(ArcticXsModel.Name, e.ModelId);
        });
    }

    [Fact]
    public async Task QueryPurposeAddsTheQueryPrefix()
    {
        const string question = "how long does a refund take";

        var asPassage = (await model.Generator.GenerateAsync([question]))[0].Vector;
        var asQuery = (await model.Generator.GenerateAsync([question], EmbeddingPurpose.ForQuery()))[0].Vector;
        var prefixedPassage = (await model.Generator.GenerateAsync([ArcticXsModel.QueryPrefix + question]))[0].Vector;

        Assert.True(Vectors.Cosine(asPassage.Span, asQuery.Span) < 0.99);
        Assert.True(Vectors.Cosine(asQuery.Span, prefixedPassage.Span) > 0.99999);
    }

    [Fact]
    public async Task QueryVectorIsCloserToTheAnsweringPassageThanToOthers()
    {
        var query = (await model.Generator.GenerateAsync(["How do I get my money back?"], EmbeddingPurpose.ForQuery()))[0].Vector;
        var passages = await model.Generator.GenerateAsync(Passages);

        var best = passages.Select((p, i) => (Score: Vectors.Cosine(query.Span, p.Vector.Span), Index: i)).MaxBy(p => p.Score).Index;

        Assert.Equal(0, best);
    }

    [Fact]
    public async Task BatchingGivesTheSameVectorsAsOneByOne()
    {
        var batched = await model.Generator.GenerateAsync(Passages);

        for (var i = 0; i < Passages.Length; i++)
        {
            var single = (await model.Generator.GenerateAsync([Passages[i]]))[0];
            Assert.True(Vectors.Cosine(batched[i].Vector.Span, single.Vector.Span) > 0.99999, $"passage {i}");
        }
    }

    [Fact]
    public async Task SmallBatchesKeepTheCallersOrder()
    {
        using var generator = new ArcticEmbeddingGenerator(
            model.Tokenizer, Microsoft.Extensions.Options.Options.Create(new SlmAssistant.Embeddings.EmbeddingOptions { BatchSize = 2 }));

        var small = await generator.GenerateAsync(Passages);
        var large = await model.Generator.GenerateAsync(Passages);

        for (var i = 0; i < Passages.Length; i++)
        {
            Assert.True(Vectors.Cosine(small[i].Vector.Span, large[i].Vector.Span) > 0.99999, $"passage {i}");
        }
    }

    [Fact]
    public async Task ATokenBudgetSmallerThanAnInputStillEmbedsItAlone()
    {
        using var generator = new ArcticEmbeddingGenerator(
            model.Tokenizer, Microsoft.Extensions.Options.Options.Create(new SlmAssistant.Embeddings.EmbeddingOptions { MaxBatchTokens = 64 }));

        var budgeted = await generator.GenerateAsync(Passages);
        var large = await model.Generator.GenerateAsync(Passages);

        for (var i = 0; i < Passages.Length; i++)
        {
            Assert.True(Vectors.Cosine(budgeted[i].Vector.Span, large[i].Vector.Span) > 0.99999, $"passage {i}");
        }
    }

    [Fact]
    public async Task InputsLongerThanTheModelAreTruncatedTo512Tokens()
    {
        var text = string.Join(' ', Enumerable.Range(0, 700).Select(i => $"word{i % 50}"));
        Assert.True(model.Tokenizer.CountTokens(text) > ArcticXsModel.MaxTokens);

        var embeddings = await model.Generator.GenerateAsync([text, text + " and a tail that lies beyond the limit"]);

        Assert.True(Vectors.Cosine(embeddings[0].Vector.Span, embeddings[1].Vector.Span) > 0.99999);
        Assert.Equal(2 * ArcticXsModel.MaxTokens, embeddings.Usage?.InputTokenCount);
    }

    [Fact]
    public async Task EmptyInputGivesNoEmbeddings()
    {
        var embeddings = await model.Generator.GenerateAsync([]);

        Assert.Empty(embeddings);
    }

    [Fact]
    public void MetadataNamesProviderModelAndDimensions()
    {
        var metadata = model.Generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal("onnxruntime", metadata.ProviderName);
        Assert.Equal(ArcticXsModel.Name, metadata.DefaultModelId);
        Assert.Equal(384, metadata.DefaultModelDimensions);
    }

    [Fact]
    public async Task ConcurrentCallersGetTheirOwnVectors()
    {
        var expected = await model.Generator.GenerateAsync(Passages);

        var results = await Task.WhenAll(Passages.Select((p, i) => Task.Run(async () => (i, (await model.Generator.GenerateAsync([p]))[0]))));

        Assert.All(results, r => Assert.True(Vectors.Cosine(expected[r.i].Vector.Span, r.Item2.Vector.Span) > 0.99999));
    }

    [Fact]
    public async Task CancelledCallThrows()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => model.Generator.GenerateAsync(Passages, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void PackagedGraphIsCutToTheClsPositionInItsLastLayer()
    {
        Assert.True(ClsOnlyLastLayer.TryRewrite(ArcticXsModel.ReadModelBytes(), out var rewritten));
        Assert.NotEmpty(rewritten);
    }

    [Fact]
    public void GraphsOfAnotherShapeAreLeftAsTheyAre()
    {
        var notAModel = new byte[] { 0x0A, 0x03, 0x61, 0x62, 0x63 };

        Assert.False(ClsOnlyLastLayer.TryRewrite(notAModel, out var same));
        Assert.Same(notAModel, same);
    }
}
