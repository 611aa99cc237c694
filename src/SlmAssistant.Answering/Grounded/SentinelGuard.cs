namespace SlmAssistant.Answering.Grounded;

/// <summary>
/// Watches streamed model text for the "no answer" sentinel (anywhere, any case) so that it never reaches the user:
/// text that could still be the start of the sentinel is held back until the next piece shows whether it is.
/// </summary>
public sealed class SentinelGuard(string sentinel = SentinelGuard.NotFound)
{
    /// <summary>What the Grounded prompt tells the model to reply when the sources lack the answer.</summary>
    public const string NotFound = "NOT_FOUND";

    private string _pending = string.Empty;

    /// <summary>True once the sentinel has appeared; nothing more is released after that.</summary>
    public bool Found { get; private set; }

    /// <summary>Adds model text; returns the text that is safe to show now.</summary>
    public string Append(string? text)
    {
        if (Found || string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        _pending += text;
        if (_pending.Contains(sentinel, StringComparison.OrdinalIgnoreCase))
        {
            Found = true;
            _pending = string.Empty;
            return string.Empty;
        }

        var hold = HeldBackLength();
        var ready = _pending[..^hold];
        _pending = _pending[^hold..];
        return ready;
    }

    /// <summary>The held-back text, once the model has finished without the sentinel.</summary>
    public string Flush()
    {
        var rest = Found ? string.Empty : _pending;
        _pending = string.Empty;
        return rest;
    }

    /// <summary>The longest suffix of the pending text that is a proper prefix of the sentinel.</summary>
    private int HeldBackLength()
    {
        for (var length = Math.Min(sentinel.Length - 1, _pending.Length); length > 0; length--)
        {
            if (_pending.AsSpan(_pending.Length - length).Equals(sentinel.AsSpan(0, length), StringComparison.OrdinalIgnoreCase))
            {
                return length;
            }
        }

        return 0;
    }
}
