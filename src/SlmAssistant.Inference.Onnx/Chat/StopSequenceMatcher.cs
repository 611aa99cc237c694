namespace SlmAssistant.Inference.Onnx.Chat;

/// <summary>
/// Cuts streamed text at the first stop sequence. Text that could be the start of a stop sequence is held back
/// until the next piece shows whether it is one, so a stop sequence split across tokens never leaks.
/// </summary>
internal sealed class StopSequenceMatcher(IReadOnlyList<string> stopSequences)
{
    private string _pending = string.Empty;

    public bool Stopped { get; private set; }

    /// <summary>Adds decoded text; returns what can be emitted now.</summary>
    public string Append(string text)
    {
        if (stopSequences.Count == 0)
        {
            return text;
        }

        _pending += text;
        var cut = stopSequences.Select(stop => _pending.IndexOf(stop, StringComparison.Ordinal)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
        if (cut >= 0)
        {
            Stopped = true;
            var emit = _pending[..cut];
            _pending = string.Empty;
            return emit;
        }

        var hold = stopSequences.Max(HeldBackLength);
        var ready = _pending[..^hold];
        _pending = _pending[^hold..];
        return ready;
    }

    /// <summary>The held-back text, once generation has ended without a stop sequence.</summary>
    public string Flush()
    {
        var rest = _pending;
        _pending = string.Empty;
        return rest;
    }

    /// <summary>The longest suffix of the pending text that is a proper prefix of <paramref name="stop"/>.</summary>
    private int HeldBackLength(string stop)
    {
        for (var length = Math.Min(stop.Length - 1, _pending.Length); length > 0; length--)
        {
            if (_pending.AsSpan(_pending.Length - length).SequenceEqual(stop.AsSpan(0, length)))
            {
                return length;
            }
        }

        return 0;
    }
}
