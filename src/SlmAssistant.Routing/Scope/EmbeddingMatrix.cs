using System.Numerics.Tensors;

namespace SlmAssistant.Routing.Scope;

/// <summary>
/// Unit-length embeddings stored row after row in one contiguous array, so scoring an input against every row is
/// a single pass of vectorised dot products (cosine similarity, since rows and inputs are normalised).
/// </summary>
public sealed class EmbeddingMatrix
{
    private readonly float[] _values;

    private EmbeddingMatrix(float[] values, int rows, int dimensions)
    {
        _values = values;
        Rows = rows;
        Dimensions = dimensions;
    }

    public int Rows { get; }

    public int Dimensions { get; }

    public ReadOnlySpan<float> Row(int index) => _values.AsSpan(index * Dimensions, Dimensions);

    /// <summary>The raw row-major values (Rows × Dimensions), for persisting.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>Copies and L2-normalises the vectors; all must have the same width.</summary>
    public static EmbeddingMatrix FromRows(IReadOnlyList<ReadOnlyMemory<float>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var dimensions = rows.Count == 0 ? 0 : rows[0].Length;
        var values = new float[rows.Count * dimensions];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != dimensions)
            {
                throw new ArgumentException($"Row {i} has {rows[i].Length} values, expected {dimensions}.", nameof(rows));
            }

            rows[i].Span.CopyTo(values.AsSpan(i * dimensions, dimensions));
            Normalize(values.AsSpan(i * dimensions, dimensions));
        }

        return new EmbeddingMatrix(values, rows.Count, dimensions);
    }

    /// <summary>Wraps row-major values (normalising each row in place).</summary>
    public static EmbeddingMatrix FromValues(float[] values, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        if (values.Length % dimensions != 0)
        {
            throw new ArgumentException($"{values.Length} values do not make rows of {dimensions}.", nameof(values));
        }

        var rows = values.Length / dimensions;
        for (var i = 0; i < rows; i++)
        {
            Normalize(values.AsSpan(i * dimensions, dimensions));
        }

        return new EmbeddingMatrix(values, rows, dimensions);
    }

    /// <summary>destination[i] = row i · vector, for every row.</summary>
    public void Multiply(ReadOnlySpan<float> vector, Span<float> destination)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Vector has {vector.Length} values, expected {Dimensions}.", nameof(vector));
        }

        if (destination.Length < Rows)
        {
            throw new ArgumentException($"Destination holds {destination.Length} values, needs {Rows}.", nameof(destination));
        }

        var values = _values.AsSpan();
        for (var i = 0; i < Rows; i++)
        {
            destination[i] = TensorPrimitives.Dot(values.Slice(i * Dimensions, Dimensions), vector);
        }
    }

    /// <summary>Scales a vector to unit length in place (a zero vector stays zero).</summary>
    public static void Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0f)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }
}
