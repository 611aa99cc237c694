using SlmAssistant.Routing.Scope;
using SlmAssistant.Tools.Evaluation.Routing;

namespace SlmAssistant.Tools.Tests.Evaluation.Routing;

public class ScopeBenchmarkTests
{
    private static readonly IReadOnlyList<LabeledText> Train =
    [
        .. Enumerable.Range(0, 20).Select(i => new LabeledText($"billing question {i}", "billing")),
        .. Enumerable.Range(0, 10).Select(i => new LabeledText($"shipping question {i}", "shipping")),
        new("lonely example", "rare"),
        new("tell me a joke", "oos"),
        new("what's the weather", "OOS"),
    ];

    [Fact]
    public void WithoutAValidationFileAboutFifteenPercentOfEachLabelIsHeldOut()
    {
        var benchmark = ScopeBenchmark.FromLists("t", Train, [new("x", "billing"), new("y", "oos")]);

        var heldOut = benchmark.Training.ValidationInScope;
        Assert.Equal(3, heldOut.Count(t => t.Label == "billing"));
        Assert.Equal(2, heldOut.Count(t => t.Label == "shipping"));
        Assert.DoesNotContain(heldOut, t => t.Label == "rare");
        Assert.Empty(benchmark.Training.Exemplars.Intersect(heldOut));
        Assert.Equal(Train.Count - 2, benchmark.Training.Exemplars.Count + heldOut.Count);
    }

    [Fact]
    public void OutOfScopeTrainingLinesCalibrateAndAreNeverExemplars()
    {
        var benchmark = ScopeBenchmark.FromLists("t", Train, [new("x", "billing"), new("y", "oos")]);

        Assert.Equal(["tell me a joke", "what's the weather"], benchmark.Training.ValidationOutOfScope.Select(t => t.Text));
        Assert.DoesNotContain(benchmark.Training.Exemplars, t => t.Label.Equals("oos", StringComparison.OrdinalIgnoreCase));
        Assert.Single(benchmark.Test.OutOfScope);
        Assert.Single(benchmark.Test.InScope);
    }

    [Fact]
    public void WhenTheValidationFileHasItsOwnOutOfScopeLinesTheTrainingFilesAreOfferedToTheDetector()
    {
        var withOwn = ScopeBenchmark.FromLists("t", Train, [new("x", "billing")], [new("v", "billing"), new("sing me a song", "oos")]);
        var withoutOwn = ScopeBenchmark.FromLists("t", Train, [new("x", "billing")], [new("v", "billing")]);

        Assert.Equal(["sing me a song"], withOwn.Training.ValidationOutOfScope.Select(t => t.Text));
        Assert.Equal(["tell me a joke", "what's the weather"], withOwn.Training.TrainingOutOfScope!.Select(t => t.Text));
        Assert.Null(withoutOwn.Training.TrainingOutOfScope);
        Assert.Equal(2, withoutOwn.Training.ValidationOutOfScope.Count);
    }

    [Fact]
    public void AValidationFileReplacesTheHoldOut()
    {
        IReadOnlyList<LabeledText> validation = [new("v1", "billing"), new("v2", "none")];

        var benchmark = ScopeBenchmark.FromLists("t", Train, [], validation, oosLabel: "none");

        Assert.Equal(Train.Count, benchmark.Training.Exemplars.Count);
        Assert.Equal(["v1"], benchmark.Training.ValidationInScope.Select(t => t.Text));
        Assert.Equal(["v2"], benchmark.Training.ValidationOutOfScope.Select(t => t.Text));
    }

    [Fact]
    public void HoldOutIsReproducibleForASeed()
    {
        var first = StratifiedSplit.Split(Train, 0.15, seed: 7).HeldOut;
        var second = StratifiedSplit.Split(Train, 0.15, seed: 7).HeldOut;

        Assert.Equal(first, second);
    }
}
