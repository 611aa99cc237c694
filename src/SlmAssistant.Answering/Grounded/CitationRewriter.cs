using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Grounded;

/// <summary>
/// Rewrites the model's [n] markers as it streams: sources are renumbered in order of first use (sources with the
/// same citation share a number), markers pointing outside the source list are dropped with the space before them,
/// and "[1, 3]" becomes "[1][2]". Text that could still be part of a marker is held back, as is trailing whitespace
/// (a dropped marker takes its space with it), so the pieces concatenate to <see cref="Text"/> whatever the chunking.
/// </summary>
public sealed partial class CitationRewriter(IReadOnlyList<Citation> sources)
{
    private readonly List<Citation> _cited = [];
    private readonly StringBuilder _text = new();
    private string _pending = string.Empty;

    /// <summary>The sources cited so far; <c>Cited[n-1]</c> is the source of marker [n] in <see cref="Text"/>.</summary>
    public IReadOnlyList<Citation> Cited => _cited;

    /// <summary>All text released so far: no leading whitespace, and after <see cref="Flush"/> no trailing whitespace.</summary>
    public string Text => _text.ToString();

    /// <summary>Adds model text; returns the rewritten text that can be shown now.</summary>
    public string Append(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        _pending = Marker().Replace(_pending + text, Renumber);
        var hold = HeldBack().Match(_pending).Length;
        var ready = _pending[..^hold];
        _pending = _pending[^hold..];
        return Release(ready);
    }

    /// <summary>The held-back text once the stream has ended, less trailing whitespace.</summary>
    public string Flush()
    {
        var rest = _pending.TrimEnd();
        _pending = string.Empty;
        return Release(rest);
    }

    private string Release(string ready)
    {
        if (_text.Length == 0)
        {
            ready = ready.TrimStart();
        }

        _text.Append(ready);
        return ready;
    }

    private string Renumber(Match marker)
    {
        var numbers = new List<int>();
        foreach (var value in marker.Groups["n"].Value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= sources.Count)
            {
                var number = NumberOf(sources[n - 1]);
                if (!numbers.Contains(number))
                {
                    numbers.Add(number);
                }
            }
        }

        return numbers.Count == 0
            ? string.Empty
            : marker.Groups["space"].Value + string.Concat(numbers.Select(number => $"[{number}]"));
    }

    private int NumberOf(Citation citation)
    {
        var index = _cited.IndexOf(citation);
        if (index < 0)
        {
            _cited.Add(citation);
            index = _cited.Count - 1;
        }

        return index + 1;
    }

    [GeneratedRegex(@"(?<space>\s*)\[\s*(?<n>\d{1,4}(?:\s*,\s*\d{1,4})*)\s*\]")]
    private static partial Regex Marker();

    // Trailing whitespace, optionally followed by an unfinished marker: "[", "[1", "[1, 2".
    [GeneratedRegex(@"\s*(?:\[[\d\s,]{0,24})?\z")]
    private static partial Regex HeldBack();
}
