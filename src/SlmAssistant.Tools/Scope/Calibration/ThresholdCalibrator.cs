namespace SlmAssistant.Tools.Scope.Calibration;

/// <summary>
/// Sweeps the rejection threshold over every score in a validation <see cref="CalibrationSet"/> and picks one by
/// the <see cref="CalibrationObjective"/>. It takes nothing but validation predictions, so test data cannot leak in.
/// When no threshold meets the accuracy target, it picks the one that rejects least and says so.
/// </summary>
public static class ThresholdCalibrator
{
    public static CalibrationResult Calibrate(CalibrationSet set, CalibrationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        settings ??= new CalibrationSettings();
        if (set.InScope.Count == 0)
        {
            throw new ArgumentException("Calibration needs in-scope validation examples.", nameof(set));
        }

        var points = Sweep(set, settings.ConfidenceZ);
        var (chosen, met) = Choose(points, settings);
        return new CalibrationResult(chosen.Threshold, chosen, met, Thin(points, chosen, settings.CurvePoints));
    }

    /// <summary>One point per distinct candidate threshold, ascending; the first rejects nothing, the last everything.</summary>
    public static IReadOnlyList<CalibrationPoint> Sweep(CalibrationSet set, double confidenceZ = 0)
    {
        ArgumentNullException.ThrowIfNull(set);
        var inScope = set.InScope.OrderBy(s => s.Score).ToArray();
        var oos = set.OutOfScope.Select(s => s.Score).Order().ToArray();
        var candidates = inScope.Select(s => s.Score).Concat(oos).Distinct().Order().ToList();

        // The lowest score rejects nothing; one step above the highest rejects everything. Finite, for JSON.
        candidates.Add(Math.BitIncrement(candidates[^1]));

        // A threshold t rejects scores < t. Walk t upwards, counting what falls below it.
        var points = new List<CalibrationPoint>(candidates.Count + 1);
        var correctTotal = inScope.Count(s => s.IsCorrect);
        int i = 0, o = 0, rejectedCorrect = 0;
        foreach (var threshold in candidates)
        {
            while (i < inScope.Length && inScope[i].Score < threshold)
            {
                rejectedCorrect += inScope[i].IsCorrect ? 1 : 0;
                i++;
            }

            while (o < oos.Length && oos[o] < threshold)
            {
                o++;
            }

            var accuracy = (correctTotal - rejectedCorrect) / (double)inScope.Length;
            var rejected = i + o;
            points.Add(new CalibrationPoint(
                threshold,
                accuracy,
                WilsonLowerBound(accuracy, inScope.Length, confidenceZ),
                oos.Length == 0 ? 0 : o / (double)oos.Length,
                rejected == 0 ? 1 : o / (double)rejected,
                i / (double)inScope.Length));
        }

        return points;
    }

    public static double WilsonLowerBound(double proportion, int count, double z)
    {
        if (z <= 0 || count == 0)
        {
            return proportion;
        }

        var z2 = z * z;
        var centre = proportion + (z2 / (2 * count));
        var spread = z * Math.Sqrt((proportion * (1 - proportion) / count) + (z2 / (4.0 * count * count)));
        return (centre - spread) / (1 + (z2 / count));
    }

    private static (CalibrationPoint Chosen, bool Met) Choose(IReadOnlyList<CalibrationPoint> points, CalibrationSettings settings)
    {
        if (settings.Objective == CalibrationObjective.Balanced)
        {
            return (points.MaxBy(p => p.InScopeAccuracy + p.OosRecall)!, true);
        }

        // Accuracy falls as the threshold rises; among thresholds meeting the target take the highest recall, and
        // of equal recalls the lowest threshold (fewest in-scope rejections).
        CalibrationPoint? best = null;
        foreach (var point in points)
        {
            if (point.InScopeAccuracyLowerBound >= settings.TargetInScopeAccuracy && (best is null || point.OosRecall > best.OosRecall))
            {
                best = point;
            }
        }

        return best is null ? (points[0], false) : (best, true);
    }

    private static List<CalibrationPoint> Thin(IReadOnlyList<CalibrationPoint> points, CalibrationPoint chosen, int count)
    {
        if (points.Count <= count)
        {
            return [.. points];
        }

        var step = (points.Count - 1) / (double)(count - 1);
        var kept = Enumerable.Range(0, count).Select(k => points[(int)Math.Round(k * step)]).Append(chosen);
        return kept.Distinct().OrderBy(p => p.Threshold).ToList();
    }
}
