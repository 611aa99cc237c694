using SlmAssistant.Routing.Scope;
using SlmAssistant.TestKit.Embeddings;
using SlmAssistant.TestKit.Scope;
using SlmAssistant.Tools.Evaluation.Routing;

namespace SlmAssistant.Tools.Tests.Evaluation.Routing;

public class ScopeEvaluatorTests
{
    private static readonly ScopeTrainingSet Training = new(
        ShopExemplars.All,
        [
            new("I think you charged my card two times", "billing"),
            new("what do I still have to pay", "billing"),
            new("when will my order get here", "shipping"),
            new("can you deliver to another address", "shipping"),
            new("I'd like a refund for this jacket", "returns"),
            new("how do I send a product back", "returns"),
        ],
        [new("what is the capital of peru", "oos"), new("write me a poem about the sea", "oos"), new("how many legs does a spider have", "oos")]);

    private static readonly ScopeTestSet Test = new(
        [new("is my bill due this week", "billing"), new("track my delivery", "shipping"), new("return window for shoes", "returns")],
        [new("who discovered penicillin", "oos"), new("recommend a hiking trail", "oos")]);

    private static ScopeEvaluationSettings Settings => new()
    {
        Classifier = new ScopeClassifierSettings { Neighbours = 3 },
        Calibration = new() { TargetInScopeAccuracy = 0.8, ConfidenceZ = 0 },
    };

    [Fact]
    public async Task ReportCarriesTestFiguresThresholdAndCurve()
    {
        var progress = new List<ScopeEvaluationProgress>();

        var report = await new ScopeEvaluator(PackageArcticEmbeddingGenerator.Shared)
            .EvaluateAsync(new ScopeBenchmark("shop", Training, Test), Settings, new SynchronousProgress<ScopeEvaluationProgress>(progress.Add));

        Assert.Equal(12, report.TrainSize);
        Assert.Equal(5, report.TestSize);
        Assert.Equal(2, report.TestOosSize);
        Assert.True(report.ThresholdMetTarget);
        Assert.NotEmpty(report.CalibrationCurve);
        Assert.InRange(report.InScopeAccuracy, 0, 1);
        Assert.True(report.InScopeAccuracy + report.FalseEscalationRate <= 1 + 1e-9);
        Assert.Equal("snowflake-arctic-embed-xs", report.Model);
        Assert.Contains(progress, p => p.Stage == ScopeEvaluationProgress.Calibrating);
    }

    [Fact]
    public async Task NoTestTextIsEmbeddedBeforeCalibrationIsDone()
    {
        var generator = new CountingGenerator(PackageArcticEmbeddingGenerator.Shared);
        var embeddedWhenCalibrated = -1;
        var progress = new SynchronousProgress<ScopeEvaluationProgress>(p =>
        {
            if (p.Stage == ScopeEvaluationProgress.Calibrating && p.Done == 1)
            {
                embeddedWhenCalibrated = generator.Texts.Count;
            }
        });

        await new ScopeEvaluator(generator).EvaluateAsync(new ScopeBenchmark("shop", Training, Test), Settings, progress);

        var testTexts = Test.InScope.Concat(Test.OutOfScope).Select(t => t.Text).ToHashSet();
        Assert.True(embeddedWhenCalibrated > 0);
        Assert.DoesNotContain(generator.Texts.Take(embeddedWhenCalibrated), testTexts.Contains);
        Assert.Equal(testTexts.Count, generator.Texts.Skip(embeddedWhenCalibrated).Count(testTexts.Contains));
    }

    [Fact]
    public async Task ThresholdDoesNotDependOnTheTestSet()
    {
        var evaluator = new ScopeEvaluator(PackageArcticEmbeddingGenerator.Shared);
        var otherTest = new ScopeTestSet([new("cancel my subscription", "billing")], [new("best pizza in town", "oos")]);

        var first = await evaluator.EvaluateAsync(new ScopeBenchmark("a", Training, Test), Settings);
        var second = await evaluator.EvaluateAsync(new ScopeBenchmark("b", Training, otherTest), Settings);

        Assert.Equal(first.Threshold, second.Threshold);
        Assert.Equal(first.CalibrationCurve, second.CalibrationCurve);
    }

    [Fact]
    public async Task TheTrainedDetectorScoresUnrelatedQuestionsBelowShopQuestions()
    {
        var generator = PackageArcticEmbeddingGenerator.Shared;
        var model = await new ScopeTrainer(generator).TrainAsync(Training, Settings with { Method = OutOfScopeMethod.TrainedDetector });
        string[] related = ["is my bill due this week", "track my delivery", "return window for shoes"];
        string[] unrelated = ["who discovered penicillin", "recommend a hiking trail", "what's the weather on mars"];

        var scores = new Dictionary<string, double>();
        foreach (var text in related.Concat(unrelated))
        {
            var embedding = (await generator.GenerateAsync([text], Abstractions.Knowledge.EmbeddingPurpose.ForQuery()))[0].Vector;
            scores[text] = model.Classify(embedding.Span, text).Score;
        }

        Assert.NotNull(model.Detector);
        Assert.True(unrelated.Max(t => scores[t]) < related.Min(t => scores[t]), string.Join(", ", scores.Select(p => $"{p.Key} {p.Value:F3}")));
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
