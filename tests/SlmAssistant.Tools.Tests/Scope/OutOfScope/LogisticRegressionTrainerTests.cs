using SlmAssistant.Tools.Scope.OutOfScope;

namespace SlmAssistant.Tools.Tests.Scope.OutOfScope;

public class LogisticRegressionTrainerTests
{
    /// <summary>In scope when 2a − b + 1 &gt; 0, with a gap of at least 0.5 around the line; an unscaled third feature.</summary>
    private static FeatureTable SeparableTable()
    {
        var table = new FeatureTable(["a", "b", "noise"]);
        var random = new Random(3);
        while (table.Count < 200)
        {
            var a = (float)((random.NextDouble() * 4) - 2);
            var b = (float)((random.NextDouble() * 4) - 2);
            var side = (2 * a) - b + 1;
            if (Math.Abs(side) >= 0.5)
            {
                table.Add([a, b, (float)(random.NextDouble() * 1000)], side > 0);
            }
        }

        return table;
    }

    [Fact]
    public void TrainingSeparatesALinearlySeparableSet()
    {
        var table = SeparableTable();
        var losses = new List<double>();

        var model = LogisticRegressionTrainer.Train(table, new LogisticRegressionSettings { Iterations = 500, LearningRate = 0.1, L2 = 0 }, new Progress(losses.Add));

        for (var i = 0; i < table.Count; i++)
        {
            Assert.Equal(table.InScope[i], model.Probability(table.Rows[i]) > 0.5);
        }

        Assert.True(losses[^1] < losses[0] / 5, $"loss {losses[0]:F3} → {losses[^1]:F3}");
        Assert.True(model.Probability([2f, -2f, 500f]) > 0.99);
        Assert.True(model.Probability([-2f, 2f, 500f]) < 0.01);
        Assert.True(Math.Abs(model.Weights[2]) < Math.Abs(model.Weights[0]) / 4, "the noise feature should weigh little");
    }

    [Fact]
    public void SameTableAndSettingsGiveTheSameModel()
    {
        var first = LogisticRegressionTrainer.Train(SeparableTable());
        var second = LogisticRegressionTrainer.Train(SeparableTable());

        Assert.Equal(first.Weights.ToArray(), second.Weights.ToArray());
        Assert.Equal(first.Bias, second.Bias);
    }

    [Fact]
    public void AStrongerPenaltyGivesSmallerWeights()
    {
        var loose = LogisticRegressionTrainer.Train(SeparableTable(), new LogisticRegressionSettings { L2 = 0 });
        var tight = LogisticRegressionTrainer.Train(SeparableTable(), new LogisticRegressionSettings { L2 = 1 });

        Assert.True(Norm(tight.Weights) < Norm(loose.Weights) / 2, $"{Norm(tight.Weights):F3} vs {Norm(loose.Weights):F3}");
    }

    [Fact]
    public void TrainingRejectsATableWithOneClass()
    {
        var table = new FeatureTable(["a"]);
        table.Add([1f], inScope: true);
        table.Add([2f], inScope: true);

        Assert.Throws<ArgumentException>(() => LogisticRegressionTrainer.Train(table));
    }

    private static double Norm(ReadOnlySpan<float> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v * v;
        }

        return Math.Sqrt(sum);
    }

    private sealed class Progress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
