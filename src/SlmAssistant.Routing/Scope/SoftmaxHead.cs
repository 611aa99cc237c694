using System.Numerics.Tensors;

namespace SlmAssistant.Routing.Scope;

/// <summary>
/// A linear classifier over frozen embeddings (multinomial logistic regression). Trained in-process in a few
/// seconds for 15,000 × 384-d inputs; its max-softmax probability is a second in-scope signal next to similarity.
/// </summary>
public sealed class SoftmaxHead
{
    private const float Beta1 = 0.9f;
    private const float Beta2 = 0.999f;
    private const float Epsilon = 1e-8f;

    private readonly float[] _weights;
    private readonly float[] _bias;

    private SoftmaxHead(float[] weights, float[] bias, int dimensions, float temperature)
    {
        _weights = weights;
        _bias = bias;
        Dimensions = dimensions;
        Temperature = temperature;
    }

    public int Labels => _bias.Length;

    public int Dimensions { get; }

    public float Temperature { get; }

    /// <param name="labels">Label index (0..labelCount-1) of each row of <paramref name="inputs"/>.</param>
    /// <param name="progress">Receives the mean training loss after each epoch.</param>
    public static SoftmaxHead Train(
        EmbeddingMatrix inputs,
        IReadOnlyList<int> labels,
        int labelCount,
        SoftmaxHeadSettings settings,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, inputs.Rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(labelCount, 1);
        var d = inputs.Dimensions;
        var weights = new float[labelCount * d];
        var bias = new float[labelCount];
        var optimizer = new AdamState(weights.Length, labelCount);
        var gradWeights = new float[weights.Length];
        var gradBias = new float[labelCount];
        var logits = new float[labelCount];
        var order = Enumerable.Range(0, inputs.Rows).ToArray();
        var random = new Random(settings.Seed);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            var loss = 0.0;
            for (var start = 0; start < order.Length; start += settings.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Array.Clear(gradWeights);
                Array.Clear(gradBias);
                var count = Math.Min(settings.BatchSize, order.Length - start);
                for (var b = 0; b < count; b++)
                {
                    var row = order[start + b];
                    var x = inputs.Row(row);
                    Logits(weights, bias, d, x, logits);
                    TensorPrimitives.SoftMax(logits, logits);
                    var label = labels[row];
                    loss -= Math.Log(Math.Max(logits[label], 1e-12f));
                    logits[label] -= 1f;
                    for (var l = 0; l < labelCount; l++)
                    {
                        var g = logits[l];
                        var slice = gradWeights.AsSpan(l * d, d);
                        TensorPrimitives.MultiplyAdd(x, g, slice, slice);
                        gradBias[l] += g;
                    }
                }

                TensorPrimitives.Divide(gradWeights, count, gradWeights);
                TensorPrimitives.Divide(gradBias, count, gradBias);
                optimizer.Step(weights, gradWeights, bias, gradBias, settings.LearningRate);
            }

            progress?.Report(loss / order.Length);
        }

        return new SoftmaxHead(weights, bias, d, settings.Temperature);
    }

    /// <summary>Writes the untempered logits (w·x + b) of every label into <paramref name="destination"/>.</summary>
    public void Logits(ReadOnlySpan<float> input, Span<float> destination) => Logits(_weights, _bias, Dimensions, input, destination[..Labels]);

    /// <summary>Writes the tempered softmax probabilities of every label into <paramref name="destination"/>.</summary>
    public void Probabilities(ReadOnlySpan<float> input, Span<float> destination)
    {
        Logits(_weights, _bias, Dimensions, input, destination[..Labels]);
        TensorPrimitives.Divide(destination[..Labels], Temperature, destination[..Labels]);
        TensorPrimitives.SoftMax(destination[..Labels], destination[..Labels]);
    }

    private static void Logits(float[] weights, float[] bias, int d, ReadOnlySpan<float> input, Span<float> destination)
    {
        for (var l = 0; l < bias.Length; l++)
        {
            destination[l] = TensorPrimitives.Dot(weights.AsSpan(l * d, d), input) + bias[l];
        }
    }

    private sealed class AdamState(int weightCount, int biasCount)
    {
        private readonly float[] _mWeights = new float[weightCount];
        private readonly float[] _vWeights = new float[weightCount];
        private readonly float[] _mBias = new float[biasCount];
        private readonly float[] _vBias = new float[biasCount];
        private int _step;

        public void Step(float[] weights, float[] gradWeights, float[] bias, float[] gradBias, float learningRate)
        {
            _step++;
            var correction1 = 1 - MathF.Pow(Beta1, _step);
            var correction2 = 1 - MathF.Pow(Beta2, _step);
            Update(weights, gradWeights, _mWeights, _vWeights, learningRate, correction1, correction2);
            Update(bias, gradBias, _mBias, _vBias, learningRate, correction1, correction2);
        }

        private static void Update(float[] values, float[] grads, float[] m, float[] v, float learningRate, float correction1, float correction2)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var g = grads[i];
                m[i] = (Beta1 * m[i]) + ((1 - Beta1) * g);
                v[i] = (Beta2 * v[i]) + ((1 - Beta2) * g * g);
                values[i] -= learningRate * (m[i] / correction1) / (MathF.Sqrt(v[i] / correction2) + Epsilon);
            }
        }
    }
}
