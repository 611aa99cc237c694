namespace SlmAssistant.Tools.Scope.OutOfScope;

/// <summary>Rows of named features with a binary label (in scope or not) and a weight each, to train on.</summary>
public sealed class FeatureTable(IReadOnlyList<string> features)
{
    private readonly List<float[]> _rows = [];
    private readonly List<bool> _labels = [];
    private readonly List<float> _weights = [];

    public IReadOnlyList<string> Features { get; } = features ?? throw new ArgumentNullException(nameof(features));

    public IReadOnlyList<float[]> Rows => _rows;

    /// <summary>True for in-scope rows (the positive class).</summary>
    public IReadOnlyList<bool> InScope => _labels;

    public IReadOnlyList<float> Weights => _weights;

    public int Count => _rows.Count;

    public void Add(float[] row, bool inScope, float weight = 1)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentOutOfRangeException.ThrowIfNotEqual(row.Length, Features.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        _rows.Add(row);
        _labels.Add(inScope);
        _weights.Add(weight);
    }

    public void AddRange(FeatureTable other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < other.Count; i++)
        {
            Add(other.Rows[i], other.InScope[i], other.Weights[i]);
        }
    }
}
