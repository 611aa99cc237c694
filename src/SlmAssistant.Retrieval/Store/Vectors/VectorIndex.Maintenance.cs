namespace SlmAssistant.Retrieval.Store.Vectors;

/// <summary>Removing documents, compacting removed rows away and growing the arrays.</summary>
internal sealed partial class VectorIndex
{
    private void RemoveDocument(string documentId)
    {
        if (!_ordinals.Remove(documentId, out var ordinal))
        {
            return;
        }

        _documents[ordinal] = null;
        if (_rowsOfDocument.Remove(ordinal, out var rows))
        {
            foreach (var row in rows)
            {
                _documentOfRow[row] = -1;
            }

            _deadRows += rows.Count;
        }
    }

    /// <summary>Drops removed rows and documents, renumbering what is left.</summary>
    private void Compact()
    {
        var live = _documents.Select((document, ordinal) => (document, ordinal)).Where(d => d.document is not null).ToArray();
        var matrix = new float[(_rows - _deadRows) * Dimensions];
        var seqs = new long[_rows - _deadRows];
        var documentOfRow = new int[_rows - _deadRows];
        var rowsOfDocument = new Dictionary<int, List<int>>();
        var next = 0;
        for (var newOrdinal = 0; newOrdinal < live.Length; newOrdinal++)
        {
            var rows = new List<int>();
            foreach (var row in _rowsOfDocument[live[newOrdinal].ordinal])
            {
                Array.Copy(_matrix, row * Dimensions, matrix, next * Dimensions, Dimensions);
                seqs[next] = _seqs[row];
                documentOfRow[next] = newOrdinal;
                rows.Add(next++);
            }

            rowsOfDocument[newOrdinal] = rows;
        }

        _documents.Clear();
        _documents.AddRange(live.Select(d => d.document));
        _ordinals.Clear();
        for (var i = 0; i < live.Length; i++)
        {
            _ordinals[live[i].document!.Id] = i;
        }

        _rowsOfDocument.Clear();
        foreach (var (ordinal, rows) in rowsOfDocument)
        {
            _rowsOfDocument[ordinal] = rows;
        }

        (_matrix, _seqs, _documentOfRow, _rows, _deadRows) = (matrix, seqs, documentOfRow, next, 0);
    }

    private void Reserve(int rows, int dimensions)
    {
        if (rows <= _seqs.Length && (dimensions == 0 || _matrix.Length >= rows * dimensions))
        {
            return;
        }

        var capacity = rows <= _seqs.Length ? _seqs.Length : Math.Max(rows, Math.Max(64, _seqs.Length + (_seqs.Length / 2)));
        Array.Resize(ref _seqs, capacity);
        Array.Resize(ref _documentOfRow, capacity);
        if (dimensions > 0 && _matrix.Length < capacity * dimensions)
        {
            Array.Resize(ref _matrix, capacity * dimensions);
        }
    }
}
