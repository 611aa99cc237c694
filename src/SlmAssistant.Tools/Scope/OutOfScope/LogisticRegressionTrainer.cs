using System.Numerics.Tensors;

namespace SlmAssistant.Tools.Scope.OutOfScope;

/// <summary>
/// Fits a <see cref="LogisticRegression"/> to a <see cref="FeatureTable"/>: features standardised to zero mean and
/// unit variance on the table, then full-batch Adam on the weighted, class-balanced log loss plus L2. No sampling,
/// so the same table and settings always give the same model.
/// </summary>
public static class LogisticRegressionTrainer
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    /// <param name="loss">Receives the training loss (without the penalty) every iteration.</param>
    public static LogisticRegression Train(
        FeatureTable table,
        LogisticRegressionSettings? settings = null,
        IProgress<double>? loss = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        settings ??= new LogisticRegressionSettings();
        var positives = table.InScope.Count(l => l);
        if (positives == 0 || positives == table.Count)
        {
            throw new ArgumentException($"Training needs both classes; the table has {positives} in-scope rows of {table.Count}.", nameof(table));
        }

        var n = table.Count;
        var d = table.Features.Count;
        var (means, scales) = Standardisation(table);
        var x = new float[n * d];
        for (var i = 0; i < n; i++)
        {
            var row = x.AsSpan(i * d, d);
            TensorPrimitives.Subtract(table.Rows[i], means, row);
            TensorPrimitives.Divide(row, scales, row);
        }

        var rowWeights = RowWeights(table, settings.BalanceClasses);
        var weights = new double[d];
        var mw = new double[d];
        var vw = new double[d];
        var gradient = new float[d];
        var w32 = new float[d];
        double bias = 0, mb = 0, vb = 0;
        for (var step = 1; step <= settings.Iterations; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = 0; j < d; j++)
            {
                w32[j] = (float)weights[j];
            }

            Array.Clear(gradient);
            double gradBias = 0, total = 0;
            for (var i = 0; i < n; i++)
            {
                var row = x.AsSpan(i * d, d);
                var z = TensorPrimitives.Dot(row, w32) + bias;
                var p = LogisticRegression.Sigmoid(z);
                var y = table.InScope[i] ? 1.0 : 0.0;
                var g = rowWeights[i] * (p - y);
                total += rowWeights[i] * LogLoss(z, table.InScope[i]);
                TensorPrimitives.MultiplyAdd(row, (float)g, gradient, gradient);
                gradBias += g;
            }

            loss?.Report(total);
            var correction1 = 1 - Math.Pow(Beta1, step);
            var correction2 = 1 - Math.Pow(Beta2, step);
            for (var j = 0; j < d; j++)
            {
                var g = gradient[j] + (settings.L2 * weights[j]);
                mw[j] = (Beta1 * mw[j]) + ((1 - Beta1) * g);
                vw[j] = (Beta2 * vw[j]) + ((1 - Beta2) * g * g);
                weights[j] -= settings.LearningRate * (mw[j] / correction1) / (Math.Sqrt(vw[j] / correction2) + Epsilon);
            }

            mb = (Beta1 * mb) + ((1 - Beta1) * gradBias);
            vb = (Beta2 * vb) + ((1 - Beta2) * gradBias * gradBias);
            bias -= settings.LearningRate * (mb / correction1) / (Math.Sqrt(vb / correction2) + Epsilon);
        }

        return new LogisticRegression(table.Features, means, scales, weights.Select(w => (float)w).ToArray(), (float)bias);
    }

    /// <summary>Per-feature mean and standard deviation over the table (a constant feature gets scale 1).</summary>
    private static (float[] Means, float[] Scales) Standardisation(FeatureTable table)
    {
        var d = table.Features.Count;
        var sum = new double[d];
        var squares = new double[d];
        foreach (var row in table.Rows)
        {
            for (var j = 0; j < d; j++)
            {
                sum[j] += row[j];
                squares[j] += (double)row[j] * row[j];
            }
        }

        var means = new float[d];
        var scales = new float[d];
        for (var j = 0; j < d; j++)
        {
            var mean = sum[j] / table.Count;
            var variance = Math.Max(0, (squares[j] / table.Count) - (mean * mean));
            means[j] = (float)mean;
            scales[j] = variance > 1e-12 ? (float)Math.Sqrt(variance) : 1f;
        }

        return (means, scales);
    }

    /// <summary>Row weights summing to 1; balanced, each class carries half.</summary>
    private static double[] RowWeights(FeatureTable table, bool balance)
    {
        var weights = new double[table.Count];
        double inScope = 0, outOfScope = 0;
        for (var i = 0; i < table.Count; i++)
        {
            if (table.InScope[i])
            {
                inScope += table.Weights[i];
            }
            else
            {
                outOfScope += table.Weights[i];
            }
        }

        for (var i = 0; i < table.Count; i++)
        {
            weights[i] = balance
                ? table.Weights[i] / (2 * (table.InScope[i] ? inScope : outOfScope))
                : table.Weights[i] / (inScope + outOfScope);
        }

        return weights;
    }

    /// <summary>−log σ(z) for a positive row, −log(1 − σ(z)) for a negative one, without overflow.</summary>
    private static double LogLoss(double z, bool positive)
    {
        var m = positive ? -z : z;
        return m > 0 ? m + Math.Log(1 + Math.Exp(-m)) : Math.Log(1 + Math.Exp(m));
    }
}
