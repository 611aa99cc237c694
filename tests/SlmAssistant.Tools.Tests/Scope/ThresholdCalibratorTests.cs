using SlmAssistant.Tools.Scope.Calibration;

namespace SlmAssistant.Tools.Tests.Scope;

public class ThresholdCalibratorTests
{
    [Fact]
    public void CalibrationPicksTheHighestRecallThatKeepsTheAccuracyTarget()
    {
        var set = Synthetic(seed: 1, inScope: 2000, outOfScope: 400);

        var result = ThresholdCalibrator.Calibrate(set, new CalibrationSettings { TargetInScopeAccuracy = 0.90, ConfidenceZ = 0 });

        Assert.True(result.MetTarget);
        Assert.True(result.Chosen.InScopeAccuracy >= 0.90);
        Assert.True(result.Chosen.OosRecall > 0.8, $"recall {result.Chosen.OosRecall:P1}");
        var better = result.Curve.Where(p => p.OosRecall > result.Chosen.OosRecall);
        Assert.All(better, p => Assert.True(p.InScopeAccuracy < 0.90));
    }

    [Fact]
    public void TheChosenThresholdKeepsTheTargetOnFreshDataWhenTheLowerBoundIsUsed()
    {
        var calibration = ThresholdCalibrator.Calibrate(Synthetic(seed: 2, inScope: 3000, outOfScope: 100));
        var fresh = ThresholdCalibrator.Sweep(Synthetic(seed: 3, inScope: 20000, outOfScope: 1000));

        var atThreshold = fresh.Last(p => p.Threshold <= calibration.Threshold);

        Assert.True(calibration.Chosen.InScopeAccuracyLowerBound >= 0.90);
        Assert.True(atThreshold.InScopeAccuracy >= 0.90, $"fresh accuracy {atThreshold.InScopeAccuracy:P2}");
    }

    [Fact]
    public void UnreachableTargetRejectsNothingAndSaysSo()
    {
        var set = new CalibrationSet(
            [new(0.9, 0.1, IsCorrect: true), new(0.8, 0.1, IsCorrect: false)],
            [new(0.2, 0.1, IsCorrect: false)]);

        var result = ThresholdCalibrator.Calibrate(set, new CalibrationSettings { TargetInScopeAccuracy = 0.9, ConfidenceZ = 0 });

        Assert.False(result.MetTarget);
        Assert.Equal(0, result.Chosen.FalseRejectionRate);
        Assert.Equal(0, result.Chosen.OosRecall);
    }

    [Fact]
    public void SweepCountsRejectionsBelowTheThreshold()
    {
        var set = new CalibrationSet(
            [new(0.9, 0, true), new(0.7, 0, true), new(0.5, 0, false)],
            [new(0.6, 0, false), new(0.3, 0, false)]);

        var point = ThresholdCalibrator.Sweep(set).Single(p => p.Threshold == 0.7);

        Assert.Equal(2 / 3.0, point.InScopeAccuracy, 6);
        Assert.Equal(1.0, point.OosRecall, 6);
        Assert.Equal(2 / 3.0, point.OosPrecision, 6);
        Assert.Equal(1 / 3.0, point.FalseRejectionRate, 6);
    }

    [Fact]
    public void BalancedObjectiveNeedsNoTarget()
    {
        var result = ThresholdCalibrator.Calibrate(Synthetic(seed: 4, inScope: 500, outOfScope: 500), new CalibrationSettings { Objective = CalibrationObjective.Balanced });

        Assert.True(result.Chosen.InScopeAccuracy + result.Chosen.OosRecall > 1.6);
    }

    [Fact]
    public void CurveIsThinnedButKeepsTheChosenPoint()
    {
        var result = ThresholdCalibrator.Calibrate(Synthetic(seed: 5, inScope: 1000, outOfScope: 100), new CalibrationSettings { CurvePoints = 11 });

        Assert.InRange(result.Curve.Count, 11, 12);
        Assert.Contains(result.Chosen, result.Curve);
        Assert.Equal(result.Curve.OrderBy(p => p.Threshold), result.Curve);
    }

    /// <summary>In-scope scores around 0.75 (95% correct, wrong ones lower), out-of-scope around 0.45.</summary>
    private static CalibrationSet Synthetic(int seed, int inScope, int outOfScope)
    {
        var random = new Random(seed);
        double Normal(double mean, double sd) => mean + (sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        var inScopeSamples = Enumerable.Range(0, inScope).Select(_ =>
        {
            var correct = random.NextDouble() < 0.95;
            return new CalibrationSample(Normal(correct ? 0.75 : 0.55, 0.1), 0, correct);
        }).ToList();
        var oos = Enumerable.Range(0, outOfScope).Select(_ => new CalibrationSample(Normal(0.45, 0.1), 0, false)).ToList();
        return new CalibrationSet(inScopeSamples, oos);
    }
}
