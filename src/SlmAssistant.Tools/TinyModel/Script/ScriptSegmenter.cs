using System.Text.RegularExpressions;

namespace SlmAssistant.Tools.TinyModel.Script;

/// <summary>
/// Splits a scripted reply into pieces that become one token each. The script is driven by a next-token bias that
/// depends only on the previous token, so every piece must be unique within its script (and differ from the
/// trigger tokens): a repeated piece is glued to the one after it until it is unique. Special tokens written in
/// the script (e.g. <c>&lt;|user|&gt;</c>, to play a model that leaks one) stay whole pieces.
/// </summary>
internal static partial class ScriptSegmenter
{
    public static IReadOnlyList<string> Segment(string script, IEnumerable<string> reserved, IReadOnlyCollection<string> specials)
    {
        ArgumentException.ThrowIfNullOrEmpty(script);
        var specialPattern = string.Join('|', specials.Select(Regex.Escape));
        var words = Regex.Split(script, $"({specialPattern})", RegexOptions.None, TimeSpan.FromSeconds(1))
            .SelectMany(part => specials.Contains(part) ? [part] : WordPattern().Matches(part).Select(match => match.Value))
            .ToList();
        var used = new HashSet<string>(reserved, StringComparer.Ordinal);
        var pieces = new List<string>();
        var pending = string.Empty;
        foreach (var word in words)
        {
            pending += word;
            if (used.Add(pending))
            {
                pieces.Add(pending);
                pending = string.Empty;
            }
        }

        if (pending.Length > 0)
        {
            // The tail repeats an earlier piece: append it to the last piece, which stays unique because it grows.
            if (pieces.Count == 0)
            {
                pieces.Add(pending);
            }
            else
            {
                pieces[^1] += pending;
            }
        }

        return pieces;
    }

    // GPT-2's pre-tokenizer pattern: contractions, words with their leading space, numbers, punctuation, spaces.
    [GeneratedRegex(@"'(?:[sdmt]|ll|ve|re)| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+")]
    private static partial Regex WordPattern();
}
