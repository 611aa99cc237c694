using System.Numerics.Tensors;
using SlmAssistant.Routing.Scope.OutOfScope;

namespace SlmAssistant.Routing.Scope;

/// <summary>
/// Classifies an embedding against labelled exemplar embeddings: one pass of dot products over the contiguous
/// exemplar matrix, then per label the mean of its top-k similarities (or the cosine to its centroid), optionally
/// times a softmax head's probability. Works for any label set; build it with <see cref="ScopeClassifierBuilder"/>.
/// </summary>
public sealed class ScopeClassifier
{
    private readonly EmbeddingMatrix _exemplars;
    private readonly int[] _labelStarts;
    private readonly EmbeddingMatrix? _centroids;
    private readonly SoftmaxHead? _head;
    private readonly GaussianDensity? _gaussian;

    private ScopeClassifier(string[] labels, EmbeddingMatrix exemplars, int[] labelStarts, ScopeClassifierSettings settings, SoftmaxHead? head, GaussianDensity? gaussian)
    {
        _gaussian = gaussian;
        Labels = labels;
        _exemplars = exemplars;
        _labelStarts = labelStarts;
        Settings = settings;
        _head = head;
        if (settings.Scoring == LabelScoring.Centroid)
        {
            _centroids = Centroids(exemplars, labelStarts);
        }
    }

    /// <summary>Labels in ordinal order.</summary>
    public IReadOnlyList<string> Labels { get; }

    public ScopeClassifierSettings Settings { get; }

    public int Dimensions => _exemplars.Dimensions;

    public int ExemplarCount => _exemplars.Rows;

    public bool HasHead => _head is not null;

    /// <summary>Creates a classifier from exemplar embeddings (row i labelled <paramref name="labels"/>[i]).</summary>
    public static ScopeClassifier Create(
        EmbeddingMatrix embeddings,
        IReadOnlyList<string> labels,
        ScopeClassifierSettings? settings = null,
        IProgress<double>? headTrainingLoss = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(labels);
        settings ??= new ScopeClassifierSettings();
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, embeddings.Rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Neighbours, 1);
        if (labels.Count == 0)
        {
            throw new ArgumentException("A classifier needs at least one exemplar.", nameof(labels));
        }

        var names = labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

        // Group rows by label so each label owns one contiguous range of the matrix.
        var order = Enumerable.Range(0, labels.Count).OrderBy(i => index[labels[i]]).ThenBy(i => i).ToArray();
        var values = new float[embeddings.Rows * embeddings.Dimensions];
        var starts = new int[names.Length + 1];
        for (var r = 0; r < order.Length; r++)
        {
            embeddings.Row(order[r]).CopyTo(values.AsSpan(r * embeddings.Dimensions));
            starts[index[labels[order[r]]] + 1] = r + 1;
        }

        var grouped = EmbeddingMatrix.FromValues(values, embeddings.Dimensions);
        SoftmaxHead? head = null;
        if (settings.UseSoftmaxHead && names.Length > 1)
        {
            var rowLabels = order.Select(i => index[labels[i]]).ToArray();
            head = SoftmaxHead.Train(grouped, rowLabels, names.Length, settings.Head, headTrainingLoss, cancellationToken);
        }

        GaussianDensity? gaussian = null;
        if (settings.UseGaussian)
        {
            var rowLabels = order.Select(i => index[labels[i]]).ToArray();
            gaussian = GaussianDensity.Fit(grouped, rowLabels, names.Length, settings.GaussianShrinkage);
        }

        return new ScopeClassifier(names, grouped, starts, settings, head, gaussian);
    }

    /// <summary>Scores every label for a (not necessarily normalised) input embedding and applies the rule.</summary>
    public ScopeClassification Classify(ReadOnlySpan<float> embedding, RejectionRule? rule = null)
    {
        var input = Normalised(embedding);
        var similarities = LabelSimilarities(input);
        var scores = new double[Labels.Count];
        float[]? probabilities = null;
        if (_head is not null)
        {
            probabilities = new float[Labels.Count];
            _head.Probabilities(input, probabilities);
        }

        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] = probabilities is null ? similarities[l] : similarities[l] * probabilities[l];
        }

        var best = 0;
        for (var l = 1; l < scores.Length; l++)
        {
            if (scores[l] > scores[best])
            {
                best = l;
            }
        }

        var runnerUp = -1;
        for (var l = 0; l < scores.Length; l++)
        {
            if (l != best && (runnerUp < 0 || scores[l] > scores[runnerUp]))
            {
                runnerUp = l;
            }
        }

        var margin = runnerUp < 0 ? scores[best] : scores[best] - scores[runnerUp];
        rule ??= RejectionRule.None;
        return new ScopeClassification(
            Labels[best],
            scores[best],
            similarities[best],
            probabilities?[best],
            runnerUp < 0 ? null : Labels[runnerUp],
            margin,
            rule.Rejects(scores[best], margin),
            scores);
    }

    /// <summary>
    /// The raw signals behind <see cref="Classify"/>: every label's similarity, the head's logits (null without a
    /// head) and the cosine of the single nearest exemplar, for a trained out-of-scope detector to weigh.
    /// </summary>
    public LabelEvidence Evidence(ReadOnlySpan<float> embedding)
    {
        var input = Normalised(embedding);
        var similarities = LabelSimilarities(input);
        float[]? logits = null;
        if (_head is not null)
        {
            logits = new float[Labels.Count];
            _head.Logits(input, logits);
        }

        var all = new float[_exemplars.Rows];
        _exemplars.Multiply(input, all);
        float[]? distances = null;
        var background = 0f;
        if (_gaussian is not null)
        {
            distances = new float[Labels.Count];
            background = _gaussian.Distances(input, distances);
        }

        return new LabelEvidence(similarities, logits, all.Length == 0 ? 0 : TensorPrimitives.Max(all), _head?.Temperature ?? 1, distances, background);
    }

    private float[] Normalised(ReadOnlySpan<float> embedding)
    {
        if (embedding.Length != Dimensions)
        {
            throw new ArgumentException($"Embedding has {embedding.Length} values, the exemplars {Dimensions}.", nameof(embedding));
        }

        var input = embedding.ToArray();
        EmbeddingMatrix.Normalize(input);
        return input;
    }

    private float[] LabelSimilarities(ReadOnlySpan<float> input)
    {
        var result = new float[Labels.Count];
        if (_centroids is not null)
        {
            _centroids.Multiply(input, result);
            return result;
        }

        var similarities = new float[_exemplars.Rows];
        _exemplars.Multiply(input, similarities);
        Span<float> top = stackalloc float[Settings.Neighbours];
        for (var l = 0; l < result.Length; l++)
        {
            result[l] = TopMean(similarities.AsSpan(_labelStarts[l], _labelStarts[l + 1] - _labelStarts[l]), top);
        }

        return result;
    }

    /// <summary>Mean of the largest min(k, n) values, k = buffer length; insertion into a small sorted buffer.</summary>
    private static float TopMean(ReadOnlySpan<float> values, Span<float> buffer)
    {
        var k = Math.Min(buffer.Length, values.Length);
        var count = 0;
        foreach (var value in values)
        {
            if (count == k && value <= buffer[k - 1])
            {
                continue;
            }

            var j = count < k ? count++ : k - 1;
            while (j > 0 && buffer[j - 1] < value)
            {
                buffer[j] = buffer[j - 1];
                j--;
            }

            buffer[j] = value;
        }

        return k == 0 ? 0f : TensorPrimitives.Sum(buffer[..k]) / k;
    }

    private static EmbeddingMatrix Centroids(EmbeddingMatrix exemplars, int[] starts)
    {
        var d = exemplars.Dimensions;
        var values = new float[(starts.Length - 1) * d];
        for (var l = 0; l < starts.Length - 1; l++)
        {
            var centroid = values.AsSpan(l * d, d);
            for (var r = starts[l]; r < starts[l + 1]; r++)
            {
                TensorPrimitives.Add(centroid, exemplars.Row(r), centroid);
            }
        }

        return EmbeddingMatrix.FromValues(values, d);
    }
}
