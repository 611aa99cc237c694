namespace SlmAssistant.Tools.TinyModel.Script;

/// <summary>
/// A sparse next-token bias: (previous token, next token) → logit offset. The graph applies it as a rank-R product
/// <c>onehot(previous) · A · B</c>, where A selects the row of each distinct previous token and B holds its offsets.
/// </summary>
internal sealed class BiasTable
{
    private readonly Dictionary<(int Previous, int Next), float> _entries = [];

    public bool IsEmpty => _entries.Count == 0;

    public void Set(int previous, int next, float bias) => _entries[(previous, next)] = bias;

    /// <summary>A chain: each trigger leads to the first token, each token to the next, the last one to <paramref name="end"/>.</summary>
    public static BiasTable Chain(IEnumerable<int> triggers, IReadOnlyList<int> tokens, int end, float bias)
    {
        var table = new BiasTable();
        foreach (var trigger in triggers)
        {
            table.Set(trigger, tokens[0], bias);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            table.Set(tokens[i], i + 1 < tokens.Count ? tokens[i + 1] : end, bias);
        }

        return table;
    }

    /// <summary>The table that, added to <paramref name="from"/>, gives <paramref name="to"/>.</summary>
    public static BiasTable Difference(BiasTable to, BiasTable from)
    {
        var delta = new BiasTable();
        foreach (var key in to._entries.Keys.Union(from._entries.Keys))
        {
            var value = to._entries.GetValueOrDefault(key) - from._entries.GetValueOrDefault(key);
            if (value != 0)
            {
                delta._entries[key] = value;
            }
        }

        return delta;
    }

    /// <summary>Factors the table into A [vocab, rank] and B [rank, vocab]; an empty table gives rank 1 of zeros.</summary>
    public (float[] A, float[] B, int Rank) Factor(int vocabularySize)
    {
        var rows = _entries.Keys.Select(key => key.Previous).Distinct().Order().ToList();
        var rank = Math.Max(rows.Count, 1);
        var a = new float[vocabularySize * rank];
        var b = new float[rank * vocabularySize];
        for (var r = 0; r < rows.Count; r++)
        {
            a[(rows[r] * rank) + r] = 1f;
        }

        foreach (var ((previous, next), bias) in _entries)
        {
            b[(rows.IndexOf(previous) * vocabularySize) + next] = bias;
        }

        return (a, b, rank);
    }
}
