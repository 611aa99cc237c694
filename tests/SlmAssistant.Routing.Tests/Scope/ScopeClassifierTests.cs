using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Routing.Scope;
using SlmAssistant.TestKit.Embeddings;
using SlmAssistant.TestKit.Scope;

namespace SlmAssistant.Routing.Tests.Scope;

public class ScopeClassifierTests
{
    private static readonly Lazy<Task<ScopeClassifier>> Classifier = new(() =>
        ScopeClassifierBuilder.BuildAsync(PackageArcticEmbeddingGenerator.Shared, ShopExemplars.All, new ScopeClassifierSettings { Neighbours = 3 }, EmbeddingPurpose.ForQuery()));

    [Theory]
    [InlineData("I was billed two times for the same order", "billing")]
    [InlineData("has my parcel left the warehouse yet", "shipping")]
    [InlineData("I want to send back the shoes I ordered", "returns")]
    public async Task ClassifierPicksTheLabelWhoseExemplarsAreClosest(string input, string expected)
    {
        var classifier = await Classifier.Value;

        var result = classifier.Classify(await EmbedAsync(input));

        Assert.Equal(expected, result.Label);
        Assert.NotNull(result.RunnerUp);
        Assert.True(result.Margin > 0);
        Assert.Equal(3, result.LabelScores.Count);
        Assert.Equal(result.Score, result.LabelScores.Max(), 6);
    }

    [Fact]
    public async Task InputsBelowTheThresholdAreRejectedAndAboveItAreNot()
    {
        var classifier = await Classifier.Value;
        var embedding = await EmbedAsync("when will my order arrive");
        var score = classifier.Classify(embedding).Score;

        Assert.True(classifier.Classify(embedding, new RejectionRule(score + 0.01)).IsRejected);
        Assert.False(classifier.Classify(embedding, new RejectionRule(score - 0.01)).IsRejected);
        Assert.True(classifier.Classify(embedding, new RejectionRule(0, MinMargin: 1)).IsRejected);
    }

    [Fact]
    public async Task UnrelatedQuestionsScoreBelowRelatedOnes()
    {
        var classifier = await Classifier.Value;

        var related = classifier.Classify(await EmbedAsync("can I get a refund for my order"));
        var unrelated = classifier.Classify(await EmbedAsync("who painted the mona lisa"));

        Assert.True(unrelated.Score < related.Score - 0.05, $"unrelated {unrelated.Score:F3}, related {related.Score:F3}");
    }

    [Fact]
    public async Task CentroidScoringAgreesOnClearCases()
    {
        var matrix = await TextEmbedder.EmbedAsync(PackageArcticEmbeddingGenerator.Shared, ShopExemplars.All.Select(e => e.Text).ToList(), EmbeddingPurpose.ForQuery());
        var classifier = ScopeClassifier.Create(matrix, ShopExemplars.All.Select(e => e.Label).ToList(), new ScopeClassifierSettings { Scoring = LabelScoring.Centroid });

        var result = classifier.Classify(await EmbedAsync("do you deliver to canada"));

        Assert.Equal("shipping", result.Label);
    }

    [Fact]
    public async Task SoftmaxHeadMultipliesItsProbabilityIntoTheScore()
    {
        var matrix = await TextEmbedder.EmbedAsync(PackageArcticEmbeddingGenerator.Shared, ShopExemplars.All.Select(e => e.Text).ToList(), EmbeddingPurpose.ForQuery());
        var settings = new ScopeClassifierSettings { UseSoftmaxHead = true, Head = new SoftmaxHeadSettings { Epochs = 30, BatchSize = 4 } };
        var losses = new List<double>();
        var classifier = ScopeClassifier.Create(matrix, ShopExemplars.All.Select(e => e.Label).ToList(), settings, new SynchronousProgress(losses.Add));

        var result = classifier.Classify(await EmbedAsync("I was billed two times for the same order"));

        Assert.True(classifier.HasHead);
        Assert.Equal(30, losses.Count);
        Assert.True(losses[^1] < losses[0], "training loss should fall");
        Assert.Equal("billing", result.Label);
        Assert.NotNull(result.Probability);
        Assert.Equal(result.Similarity * result.Probability!.Value, result.Score, 5);
    }

    [Fact]
    public void ClassifierRejectsEmbeddingsOfTheWrongWidth()
    {
        var matrix = EmbeddingMatrix.FromRows([new float[] { 1, 0 }, new float[] { 0, 1 }]);
        var classifier = ScopeClassifier.Create(matrix, ["a", "b"]);

        Assert.Throws<ArgumentException>(() => classifier.Classify(new float[] { 1, 0, 0 }));
    }

    [Fact]
    public void TopKMeanUsesOnlyTheLabelsOwnNearestExemplars()
    {
        // Label a: exemplars at 0°, 90°; label b: one at 45°. Input at 0°: a's top-2 mean is (1 + 0) / 2.
        var matrix = EmbeddingMatrix.FromRows([new float[] { 1, 0 }, new float[] { 0, 1 }, new float[] { 1, 1 }]);
        var classifier = ScopeClassifier.Create(matrix, ["a", "a", "b"], new ScopeClassifierSettings { Neighbours = 2 });

        var result = classifier.Classify(new float[] { 1, 0 });

        Assert.Equal("b", result.Label);
        Assert.Equal(Math.Sqrt(0.5), result.Score, 5);
        Assert.Equal(0.5, result.LabelScores[0], 5);
    }

    private static async Task<float[]> EmbedAsync(string text) =>
        (await PackageArcticEmbeddingGenerator.Shared.GenerateAsync([text], EmbeddingPurpose.ForQuery()))[0].Vector.ToArray();

    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
