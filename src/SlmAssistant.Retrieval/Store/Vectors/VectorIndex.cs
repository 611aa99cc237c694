using System.Numerics.Tensors;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Retrieval.Store.Vectors;

/// <summary>
/// Every chunk vector of the store in one contiguous row-major float matrix, unit length, so cosine is a dot product.
/// Search scans all rows (exact, no approximate index to tune or drift), on all cores when the store is big, keeping
/// a bounded heap per core. Writes of this process are applied as deltas (removed rows are skipped and compacted
/// away later); <see cref="Generation"/> tells the store whether the index still matches the database.
/// </summary>
internal sealed partial class VectorIndex : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly List<IndexedDocument?> _documents = [];
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<int>> _rowsOfDocument = [];
    private float[] _matrix = [];
    private long[] _seqs = [];
    private int[] _documentOfRow = [];
    private int _rows;
    private int _deadRows;

    public VectorIndex(long generation, int expectedRows = 0)
    {
        Generation = generation;
        Reserve(expectedRows, dimensions: 0);
    }

    public long Generation { get; private set; }

    public int Dimensions { get; private set; }

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _rows - _deadRows;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Registers a document while the index is being built, before anyone searches it; returns its ordinal.</summary>
    public int LoadDocument(IndexedDocument document) => RegisterDocument(document);

    /// <summary>Appends a row of a document registered with <see cref="LoadDocument"/>, before anyone searches the index.</summary>
    public void LoadRow(int ordinal, long seq, ReadOnlySpan<float> vector) => AppendRow(ordinal, seq, vector);

    /// <summary>
    /// Applies one committed write when the index reflected the database just before it (<paramref name="before"/>);
    /// otherwise returns false and the caller rebuilds from the database.
    /// </summary>
    public bool TryApply(long before, long after, IEnumerable<string> removed, IndexedDocument? added, IReadOnlyList<IndexedChunk> chunks) =>
        TryApply(before, after, removed, added is null ? [] : [(added, chunks)]);

    /// <summary>
    /// Applies several committed writes at once (another replica's, read back from the database): the documents in
    /// <paramref name="removed"/> go, then <paramref name="added"/> are appended, when the index was at <paramref name="before"/>.
    /// </summary>
    public bool TryApply(
        long before, long after, IEnumerable<string> removed, IReadOnlyList<(IndexedDocument Document, IReadOnlyList<IndexedChunk> Chunks)> added)
    {
        _lock.EnterWriteLock();
        try
        {
            if (Generation != before)
            {
                return false;
            }

            foreach (var id in removed)
            {
                RemoveDocument(id);
            }

            foreach (var (document, chunks) in added)
            {
                AddDocument(document, chunks);
            }

            Generation = after;
            if (_deadRows > 1024 && _deadRows > _rows / 4)
            {
                Compact();
            }

            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The <paramref name="top"/> rows most similar to <paramref name="query"/> that pass <paramref name="filter"/>, best first.</summary>
    public IReadOnlyList<(long Seq, float Score)> Search(ReadOnlySpan<float> query, SearchFilter filter, int top, int parallelThreshold)
    {
        _lock.EnterReadLock();
        try
        {
            if (_rows == 0 || top <= 0)
            {
                return [];
            }

            if (query.Length != Dimensions)
            {
                throw new ArgumentException($"The query has {query.Length} dimensions; the stored vectors have {Dimensions}.", nameof(query));
            }

            top = Math.Min(top, _rows);
            var unit = Normalized(query);
            var allowed = AllowedDocuments(filter);
            var partitions = _rows >= parallelThreshold ? Math.Max(1, Environment.ProcessorCount) : 1;
            var heaps = new TopK[partitions];
            if (partitions == 1)
            {
                heaps[0] = Scan(unit, allowed, top, 0, _rows);
            }
            else
            {
                var size = (_rows + partitions - 1) / partitions;
                Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, p =>
                    heaps[p] = Scan(unit, allowed, top, p * size, Math.Min(_rows, (p + 1) * size)));
            }

            var best = heaps[0];
            for (var p = 1; p < partitions; p++)
            {
                heaps[p].MergeInto(best);
            }

            return best.ToSortedArray().Select(hit => (_seqs[hit.Row], hit.Score)).ToArray();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Dispose() => _lock.Dispose();

    private TopK Scan(float[] query, bool[]? allowed, int top, int start, int end)
    {
        var heap = new TopK(top);
        var dimensions = Dimensions;
        var matrix = _matrix;
        var documentOfRow = _documentOfRow;
        for (var row = start; row < end; row++)
        {
            var document = documentOfRow[row];
            if (document < 0 || (allowed is not null && !allowed[document]))
            {
                continue;
            }

            var score = TensorPrimitives.Dot(new ReadOnlySpan<float>(matrix, row * dimensions, dimensions), query);
            if (score > heap.Threshold)
            {
                heap.Offer(row, score);
            }
        }

        return heap;
    }

    private bool[]? AllowedDocuments(SearchFilter filter)
    {
        if (filter.Domain is null && (filter.Tags is null || filter.Tags.Count == 0))
        {
            return null;
        }

        var allowed = new bool[_documents.Count];
        for (var i = 0; i < allowed.Length; i++)
        {
            allowed[i] = _documents[i]?.Matches(filter) == true;
        }

        return allowed;
    }

    private void AddDocument(IndexedDocument document, IEnumerable<IndexedChunk> chunks)
    {
        var ordinal = RegisterDocument(document);
        foreach (var chunk in chunks)
        {
            if (!chunk.Vector.IsEmpty)
            {
                AppendRow(ordinal, chunk.Seq, chunk.Vector.Span);
            }
        }
    }

    private int RegisterDocument(IndexedDocument document)
    {
        RemoveDocument(document.Id);
        var ordinal = _documents.Count;
        _documents.Add(document);
        _ordinals[document.Id] = ordinal;
        _rowsOfDocument[ordinal] = [];
        return ordinal;
    }

    private void AppendRow(int ordinal, long seq, ReadOnlySpan<float> vector)
    {
        if (Dimensions == 0)
        {
            Dimensions = vector.Length;
        }
        else if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Chunk {seq} has {vector.Length} dimensions; the store has {Dimensions}.", nameof(vector));
        }

        Reserve(_rows + 1, Dimensions);
        var target = new Span<float>(_matrix, _rows * Dimensions, Dimensions);
        vector.CopyTo(target);
        var norm = TensorPrimitives.Norm(target);
        if (norm > 0)
        {
            TensorPrimitives.Divide(target, norm, target);
        }

        _seqs[_rows] = seq;
        _documentOfRow[_rows] = ordinal;
        _rowsOfDocument[ordinal].Add(_rows++);
    }

    private static float[] Normalized(ReadOnlySpan<float> query)
    {
        var unit = query.ToArray();
        var norm = TensorPrimitives.Norm(unit);
        if (norm > 0)
        {
            TensorPrimitives.Divide(unit, norm, unit);
        }

        return unit;
    }
}
