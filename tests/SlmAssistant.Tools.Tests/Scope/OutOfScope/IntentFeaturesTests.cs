using SlmAssistant.Routing.Scope;
using SlmAssistant.Tools.Scope.OutOfScope;

namespace SlmAssistant.Tools.Tests.Scope.OutOfScope;

public class IntentFeaturesTests
{
    private static float Feature(float[] features, string name) => features[IntentFeatures.Names.ToList().IndexOf(name)];

    [Fact]
    public void AConfidentInputHasHigherProbabilityAndMarginAndLowerEntropyThanAFlatOne()
    {
        var confident = IntentFeatures.Compute(new LabelEvidence([0.9f, 0.3f, 0.2f], [6f, 0f, -1f], 0.95f, 2f, [1f, 40f, 50f], 30f), 0);
        var flat = IntentFeatures.Compute(new LabelEvidence([0.5f, 0.48f, 0.47f], [0.2f, 0.1f, 0f], 0.55f, 2f, [20f, 21f, 22f], 10f), 0);

        Assert.Equal(IntentFeatures.Names.Count, confident.Length);
        Assert.True(Feature(confident, "max-probability") > Feature(flat, "max-probability"));
        Assert.True(Feature(confident, "probability-margin") > Feature(flat, "probability-margin"));
        Assert.True(Feature(confident, "entropy") < Feature(flat, "entropy"));
        Assert.True(Feature(confident, "similarity-margin") > Feature(flat, "similarity-margin"));
        Assert.Equal(-29f, Feature(confident, "relative-distance"));
        Assert.Equal(10f, Feature(flat, "relative-distance"));
    }

    [Fact]
    public void WithoutHeadOrGaussiansTheirFeaturesAreZeroAndSimilarityStandsIn()
    {
        var features = IntentFeatures.Compute(new LabelEvidence([0.8f, 0.4f], null, 0.9f, 1f), 0);

        Assert.Equal(0.8f, Feature(features, "max-probability"));
        Assert.Equal(0f, Feature(features, "energy"));
        Assert.Equal(0f, Feature(features, "log-label-distance"));
        Assert.Equal(0.9f, Feature(features, "nearest-similarity"));
        Assert.Equal(0f, Feature(features, "word-coverage"));
    }

    [Fact]
    public void WordCoverageIsPassedThrough()
    {
        var features = IntentFeatures.Compute(new LabelEvidence([0.8f, 0.4f], null, 0.9f, 1f), 0, (0.25f, 0.75f));

        Assert.Equal(0.25f, Feature(features, "label-word-coverage"));
        Assert.Equal(0.75f, Feature(features, "word-coverage"));
    }
}
