namespace SlmAssistant.Retrieval.Store.Vectors;

/// <summary>
/// The <c>k</c> best (row, score) pairs seen so far, in a min-heap: a candidate costs one comparison with the worst
/// kept score, and only better ones pay O(log k). No full sort of the store.
/// </summary>
internal sealed class TopK
{
    private readonly int[] _rows;
    private readonly float[] _scores;

    public TopK(int k)
    {
        _rows = new int[k];
        _scores = new float[k];
    }

    public int Count { get; private set; }

    /// <summary>The score a candidate must beat once the heap is full.</summary>
    public float Threshold => Count < _rows.Length ? float.NegativeInfinity : _scores[0];

    public void Offer(int row, float score)
    {
        if (Count < _rows.Length)
        {
            _rows[Count] = row;
            _scores[Count] = score;
            SiftUp(Count++);
        }
        else if (score > _scores[0])
        {
            _rows[0] = row;
            _scores[0] = score;
            SiftDown(0);
        }
    }

    public void MergeInto(TopK other)
    {
        for (var i = 0; i < Count; i++)
        {
            other.Offer(_rows[i], _scores[i]);
        }
    }

    /// <summary>Best first; ties broken by row so that results are deterministic.</summary>
    public (int Row, float Score)[] ToSortedArray()
    {
        var items = new (int Row, float Score)[Count];
        for (var i = 0; i < Count; i++)
        {
            items[i] = (_rows[i], _scores[i]);
        }

        Array.Sort(items, static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Row.CompareTo(b.Row));
        return items;
    }

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (_scores[parent] <= _scores[i])
            {
                return;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var smallest = i;
            var left = (2 * i) + 1;
            var right = left + 1;
            if (left < Count && _scores[left] < _scores[smallest])
            {
                smallest = left;
            }

            if (right < Count && _scores[right] < _scores[smallest])
            {
                smallest = right;
            }

            if (smallest == i)
            {
                return;
            }

            Swap(i, smallest);
            i = smallest;
        }
    }

    private void Swap(int a, int b)
    {
        (_rows[a], _rows[b]) = (_rows[b], _rows[a]);
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
    }
}
