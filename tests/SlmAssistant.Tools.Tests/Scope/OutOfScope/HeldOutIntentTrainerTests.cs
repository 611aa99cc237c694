using SlmAssistant.Routing.Scope;
using SlmAssistant.Tools.Scope.OutOfScope;

namespace SlmAssistant.Tools.Tests.Scope.OutOfScope;

public class HeldOutIntentTrainerTests
{
    private const int Dimensions = 16;

    private static readonly ScopeClassifierSettings Classifier = new() { Neighbours = 3, UseSoftmaxHead = true, UseGaussian = true, Head = new() { Epochs = 20 } };

    [Fact]
    public void CollectingTwiceGivesTheSameTable()
    {
        var (embeddings, labels) = Clusters(intents: 6, perIntent: 12, seed: 1);

        var first = HeldOutIntentTrainer.Collect(embeddings, labels, Classifier);
        var second = HeldOutIntentTrainer.Collect(embeddings, labels, Classifier);

        Assert.Equal(first.Count, second.Count);
        Assert.Equal(first.InScope, second.InScope);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.Equal(first.Rows[i], second.Rows[i]);
        }
    }

    [Fact]
    public void AnotherSeedHoldsOutOtherIntents()
    {
        var (embeddings, labels) = Clusters(intents: 6, perIntent: 12, seed: 1);

        var first = HeldOutIntentTrainer.Collect(embeddings, labels, Classifier, new HeldOutIntentSettings { Seed = 1 });
        var second = HeldOutIntentTrainer.Collect(embeddings, labels, Classifier, new HeldOutIntentSettings { Seed = 2 });

        Assert.Contains(Enumerable.Range(0, Math.Min(first.Count, second.Count)), i => !first.Rows[i].SequenceEqual(second.Rows[i]));
    }

    [Fact]
    public void EveryExampleIsOutOfScopeOnceAndInScopeAtMostOnce()
    {
        var (embeddings, labels) = Clusters(intents: 6, perIntent: 12, seed: 1);

        var table = HeldOutIntentTrainer.Collect(embeddings, labels, Classifier, new HeldOutIntentSettings { Folds = 3, MisclassifiedAsOutOfScope = false });

        Assert.Equal(labels.Count, table.InScope.Count(inScope => !inScope));
        Assert.InRange(table.InScope.Count(inScope => inScope), 1, labels.Count);
        Assert.Equal(IntentFeatures.Names, table.Features);
    }

    [Fact]
    public void OutsideNegativesAreAddedOnce()
    {
        var (embeddings, labels) = Clusters(intents: 6, perIntent: 12, seed: 1);
        var (outside, _) = Clusters(intents: 2, perIntent: 10, seed: 9);
        var settings = new HeldOutIntentSettings { Folds = 3, MisclassifiedAsOutOfScope = false };

        var without = HeldOutIntentTrainer.Collect(embeddings, labels, Classifier, settings);
        var with = HeldOutIntentTrainer.Collect(embeddings, labels, Classifier, settings, extraNegatives: outside);

        Assert.Equal(without.Count + outside.Rows, with.Count);
    }

    [Fact]
    public void OutsideNegativesCarryTheirShareOfTheOutOfScopeWeight()
    {
        var (embeddings, labels) = Clusters(intents: 6, perIntent: 12, seed: 1);
        var (outside, _) = Clusters(intents: 2, perIntent: 10, seed: 9);

        var table = HeldOutIntentTrainer.Collect(embeddings, labels, Classifier, new HeldOutIntentSettings { Folds = 3, OutOfScopeExampleShare = 0.25 }, extraNegatives: outside);

        var negatives = Enumerable.Range(0, table.Count).Where(i => !table.InScope[i]).ToList();
        var outsideWeight = negatives.Skip(negatives.Count - outside.Rows).Sum(i => table.Weights[i]);
        var total = negatives.Sum(i => table.Weights[i]);
        Assert.Equal(0.25, outsideWeight / total, 3);
    }

    [Fact]
    public void ADetectorTrainedOnHeldOutIntentsScoresAnUnseenIntentBelowAKnownOne()
    {
        // Eight intents: six to train on, two never seen, from the same generator.
        var (all, allLabels) = Clusters(intents: 8, perIntent: 24, seed: 4);
        var known = Enumerable.Range(0, allLabels.Count).Where(i => allLabels[i] is not ("intent-6" or "intent-7")).ToList();
        var embeddings = Subset(all, known.Where(i => i % 24 < 20));
        var labels = known.Where(i => i % 24 < 20).Select(i => allLabels[i]).ToList();
        var classifier = ScopeClassifier.Create(embeddings, labels, Classifier);
        var detector = LogisticRegressionTrainer.Train(HeldOutIntentTrainer.Collect(embeddings, labels, Classifier));

        var seen = known.Where(i => i % 24 >= 20).Select(i => detector.Probability(HeldOutIntentTrainer.Features(classifier, all.Row(i)))).ToList();
        var unseen = Enumerable.Range(0, allLabels.Count).Where(i => !known.Contains(i))
            .Select(i => detector.Probability(HeldOutIntentTrainer.Features(classifier, all.Row(i)))).ToList();

        Assert.True(unseen.Average() < seen.Average() - 0.3, $"unseen {unseen.Average():F3}, seen {seen.Average():F3}");
    }

    /// <summary>Intents as random unit centres with Gaussian noise around them (well apart in 16-D).</summary>
    private static (EmbeddingMatrix Embeddings, List<string> Labels) Clusters(int intents, int perIntent, int seed)
    {
        var random = new Random(seed);
        var values = new float[intents * perIntent * Dimensions];
        var labels = new List<string>();
        for (var intent = 0; intent < intents; intent++)
        {
            var centre = Enumerable.Range(0, Dimensions).Select(_ => Normal(random)).ToArray();
            for (var k = 0; k < perIntent; k++)
            {
                var row = values.AsSpan(labels.Count * Dimensions, Dimensions);
                for (var j = 0; j < Dimensions; j++)
                {
                    row[j] = centre[j] + (0.35f * Normal(random));
                }

                labels.Add($"intent-{intent}");
            }
        }

        return (EmbeddingMatrix.FromValues(values, Dimensions), labels);
    }

    private static EmbeddingMatrix Subset(EmbeddingMatrix matrix, IEnumerable<int> rows)
    {
        var values = rows.SelectMany(r => matrix.Row(r).ToArray()).ToArray();
        return EmbeddingMatrix.FromValues(values, matrix.Dimensions);
    }

    private static float Normal(Random random) =>
        (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}
