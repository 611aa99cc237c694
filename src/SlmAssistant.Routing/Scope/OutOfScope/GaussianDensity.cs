using System.Numerics.Tensors;

namespace SlmAssistant.Routing.Scope.OutOfScope;

/// <summary>
/// Class-conditional Gaussians with one shared (tied), shrunk covariance, and a background Gaussian over all
/// inputs: the squared Mahalanobis distance of an input to every label's mean and to the background. The relative
/// distance (best label minus background, Ren et al. 2021) separates near-out-of-scope inputs better than either
/// alone. Distances are computed in whitened space (L⁻¹x with Σ = LLᵀ), so scoring is one triangular product.
/// </summary>
public sealed class GaussianDensity
{
    private readonly float[] _whitening;
    private readonly float[] _means;
    private readonly float[] _backgroundWhitening;
    private readonly float[] _backgroundMean;

    private GaussianDensity(int dimensions, int labels, float[] whitening, float[] means, float[] backgroundWhitening, float[] backgroundMean)
    {
        Dimensions = dimensions;
        Labels = labels;
        _whitening = whitening;
        _means = means;
        _backgroundWhitening = backgroundWhitening;
        _backgroundMean = backgroundMean;
    }

    public int Dimensions { get; }

    public int Labels { get; }

    /// <param name="labels">Label index (0..labelCount-1) of each row.</param>
    /// <param name="shrinkage">Share of the covariance replaced by its mean variance on the diagonal, so it inverts with few examples.</param>
    public static GaussianDensity Fit(EmbeddingMatrix inputs, IReadOnlyList<int> labels, int labelCount, double shrinkage = 0.1)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, inputs.Rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs.Rows, 1);
        var d = inputs.Dimensions;
        var means = new float[labelCount * d];
        var counts = new int[labelCount];
        var background = new float[d];
        for (var i = 0; i < inputs.Rows; i++)
        {
            var mean = means.AsSpan(labels[i] * d, d);
            TensorPrimitives.Add(mean, inputs.Row(i), mean);
            TensorPrimitives.Add(background, inputs.Row(i), background);
            counts[labels[i]]++;
        }

        for (var l = 0; l < labelCount; l++)
        {
            var mean = means.AsSpan(l * d, d);
            TensorPrimitives.Divide(mean, Math.Max(1, counts[l]), mean);
        }

        TensorPrimitives.Divide(background, inputs.Rows, background);
        var within = new float[d * d];
        var total = new float[d * d];
        var diff = new float[d];
        var centred = new float[d];
        for (var i = 0; i < inputs.Rows; i++)
        {
            TensorPrimitives.Subtract(inputs.Row(i), means.AsSpan(labels[i] * d, d), diff);
            TensorPrimitives.Subtract(inputs.Row(i), background, centred);
            for (var a = 0; a < d; a++)
            {
                // Lower triangle only; the upper is mirrored before factorising.
                var row = within.AsSpan(a * d, a + 1);
                TensorPrimitives.MultiplyAdd(diff.AsSpan(0, a + 1), diff[a], row, row);
                var totalRow = total.AsSpan(a * d, a + 1);
                TensorPrimitives.MultiplyAdd(centred.AsSpan(0, a + 1), centred[a], totalRow, totalRow);
            }
        }

        var whitening = InverseCholesky(within, d, inputs.Rows, shrinkage);
        var backgroundWhitening = InverseCholesky(total, d, inputs.Rows, shrinkage);
        var whitenedMeans = new float[means.Length];
        for (var l = 0; l < labelCount; l++)
        {
            Whiten(whitening, d, means.AsSpan(l * d, d), whitenedMeans.AsSpan(l * d, d));
        }

        var whitenedBackground = new float[d];
        Whiten(backgroundWhitening, d, background, whitenedBackground);
        return new GaussianDensity(d, labelCount, whitening, whitenedMeans, backgroundWhitening, whitenedBackground);
    }

    /// <summary>Squared distances to every label's mean into <paramref name="destination"/>; returns the background's.</summary>
    public float Distances(ReadOnlySpan<float> input, Span<float> destination)
    {
        var d = Dimensions;
        var z = new float[d];
        var diff = new float[d];
        Whiten(_whitening, d, input, z);
        for (var l = 0; l < Labels; l++)
        {
            TensorPrimitives.Subtract(z, _means.AsSpan(l * d, d), diff);
            destination[l] = TensorPrimitives.Dot(diff, diff);
        }

        Whiten(_backgroundWhitening, d, input, z);
        TensorPrimitives.Subtract(z, _backgroundMean, diff);
        return TensorPrimitives.Dot(diff, diff);
    }

    private static void Whiten(float[] lowerInverse, int d, ReadOnlySpan<float> input, Span<float> destination)
    {
        for (var i = 0; i < d; i++)
        {
            destination[i] = TensorPrimitives.Dot(lowerInverse.AsSpan(i * d, i + 1), input[..(i + 1)]);
        }
    }

    /// <summary>L⁻¹ for the shrunk covariance (sums / n) = LLᵀ, lower triangular, row-major.</summary>
    private static float[] InverseCholesky(float[] sums, int d, int n, double shrinkage)
    {
        var covariance = new double[d * d];
        var trace = 0.0;
        for (var a = 0; a < d; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                covariance[(a * d) + b] = covariance[(b * d) + a] = sums[(a * d) + b] / (double)n;
            }

            trace += covariance[(a * d) + a];
        }

        var floor = Math.Max(trace / d, 1e-9);
        for (var a = 0; a < d; a++)
        {
            for (var b = 0; b < d; b++)
            {
                covariance[(a * d) + b] = ((1 - shrinkage) * covariance[(a * d) + b]) + (a == b ? shrinkage * floor : 0);
            }
        }

        var lower = new double[d * d];
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = covariance[(i * d) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[(i * d) + k] * lower[(j * d) + k];
                }

                lower[(i * d) + j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / lower[(j * d) + j];
            }
        }

        var inverse = new double[d * d];
        for (var i = 0; i < d; i++)
        {
            inverse[(i * d) + i] = 1 / lower[(i * d) + i];
            for (var j = 0; j < i; j++)
            {
                var sum = 0.0;
                for (var k = j; k < i; k++)
                {
                    sum -= lower[(i * d) + k] * inverse[(k * d) + j];
                }

                inverse[(i * d) + j] = sum / lower[(i * d) + i];
            }
        }

        return inverse.Select(v => (float)v).ToArray();
    }
}
