using System.Numerics.Tensors;
using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Scope.OutOfScope;

/// <summary>
/// Calibration-free signals of how sure an intent classifier is about one input, for any label set: the head's
/// max probability, margin, entropy and energy; the exemplar similarities of the best label, of the runner-up and of
/// the single nearest exemplar; and, with Gaussians, the Mahalanobis distances to the label, the nearest label and
/// the background, and their difference; and how much of the input's wording the label's and all exemplars use
/// (features left at 0 when the classifier lacks a head or Gaussians, or no lexicon is given).
/// </summary>
public static class IntentFeatures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "max-probability",
        "log-max-probability",
        "probability-margin",
        "entropy",
        "max-logit",
        "logit-margin",
        "energy",
        "label-similarity",
        "max-similarity",
        "similarity-margin",
        "nearest-similarity",
        "tempered-probability-times-similarity",
        "log-label-distance",
        "log-min-distance",
        "log-background-distance",
        "relative-distance",
        "label-word-coverage",
        "word-coverage",
    ];

    /// <param name="label">Index of the predicted label (the classifier's choice).</param>
    /// <param name="coverage"><see cref="LexicalCoverage.Coverage"/> of the input for that label; null leaves it at 0.</param>
    public static float[] Compute(LabelEvidence evidence, int label, (float Label, float Any)? coverage = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var similarities = evidence.Similarities;
        var features = new float[Names.Count];
        var (maxSimilarity, secondSimilarity) = TopTwo(similarities);
        features[7] = similarities[label];
        features[8] = maxSimilarity;
        features[9] = maxSimilarity - secondSimilarity;
        features[10] = evidence.NearestSimilarity;
        if (coverage is { } words)
        {
            features[16] = words.Label;
            features[17] = words.Any;
        }

        if (evidence.Distances is { } distances)
        {
            var min = TensorPrimitives.Min(distances);
            features[12] = (float)Math.Log(1 + distances[label]);
            features[13] = (float)Math.Log(1 + min);
            features[14] = (float)Math.Log(1 + evidence.BackgroundDistance);
            features[15] = min - evidence.BackgroundDistance;
        }

        if (evidence.Logits is not { } logits)
        {
            // Without a head the similarity stands in for the probability.
            features[0] = similarities[label];
            features[11] = similarities[label];
            return features;
        }

        var probabilities = new float[logits.Length];
        TensorPrimitives.SoftMax(logits, probabilities);
        var (maxProbability, secondProbability) = TopTwo(probabilities);
        var (maxLogit, secondLogit) = TopTwo(logits);
        var entropy = 0.0;
        foreach (var p in probabilities)
        {
            entropy -= p > 0 ? p * Math.Log(p) : 0;
        }

        var tempered = new float[logits.Length];
        TensorPrimitives.Divide(logits, evidence.Temperature, tempered);
        TensorPrimitives.SoftMax(tempered, tempered);
        features[0] = maxProbability;
        features[1] = (float)Math.Log(Math.Max(maxProbability, 1e-12f));
        features[2] = maxProbability - secondProbability;
        features[3] = (float)entropy;
        features[4] = maxLogit;
        features[5] = maxLogit - secondLogit;
        features[6] = LogSumExp(logits);
        features[11] = tempered[label] * similarities[label];
        return features;
    }

    private static (float Best, float Second) TopTwo(ReadOnlySpan<float> values)
    {
        float best = float.NegativeInfinity, second = float.NegativeInfinity;
        foreach (var v in values)
        {
            if (v > best)
            {
                (best, second) = (v, best);
            }
            else if (v > second)
            {
                second = v;
            }
        }

        return (best, float.IsNegativeInfinity(second) ? best : second);
    }

    private static float LogSumExp(ReadOnlySpan<float> values)
    {
        var max = TensorPrimitives.Max(values);
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }

        return (float)(max + Math.Log(sum));
    }
}
