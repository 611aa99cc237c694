namespace SlmAssistant.Tools.Scope.OutOfScope;

/// <summary>
/// A binary logistic regression over named, standardised features: P(in scope) = σ(w · (x − μ) / σ + b); train it
/// with <see cref="LogisticRegressionTrainer"/>.
/// </summary>
public sealed class LogisticRegression
{
    private readonly float[] _means;
    private readonly float[] _scales;
    private readonly float[] _weights;

    public LogisticRegression(IReadOnlyList<string> features, float[] means, float[] scales, float[] weights, float bias)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(weights);
        if (means.Length != features.Count || scales.Length != features.Count || weights.Length != features.Count)
        {
            throw new ArgumentException($"{features.Count} features need as many means, scales and weights ({means.Length}, {scales.Length}, {weights.Length}).");
        }

        if (scales.Any(s => !(s > 0) || !float.IsFinite(s)) || means.Concat(weights).Append(bias).Any(v => !float.IsFinite(v)))
        {
            throw new ArgumentException("Means, weights and bias must be finite and scales positive.");
        }

        Features = features;
        _means = means;
        _scales = scales;
        _weights = weights;
        Bias = bias;
    }

    public IReadOnlyList<string> Features { get; }

    public ReadOnlySpan<float> Means => _means;

    public ReadOnlySpan<float> Scales => _scales;

    public ReadOnlySpan<float> Weights => _weights;

    public float Bias { get; }

    /// <summary>The log-odds of the positive class for a raw (unstandardised) feature row.</summary>
    public double Logit(ReadOnlySpan<float> features)
    {
        if (features.Length != _weights.Length)
        {
            throw new ArgumentException($"{features.Length} features given, the model has {_weights.Length}.", nameof(features));
        }

        double z = Bias;
        for (var i = 0; i < features.Length; i++)
        {
            z += _weights[i] * ((features[i] - _means[i]) / _scales[i]);
        }

        return z;
    }

    public double Probability(ReadOnlySpan<float> features) => Sigmoid(Logit(features));

    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
