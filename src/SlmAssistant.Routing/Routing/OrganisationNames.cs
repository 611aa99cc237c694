using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// Well-known other organisations from a text file, one per line, <c>#</c> for comments: found however a turn writes
/// them ("how long does costco give you", "Walmart holiday returns?"), where <see cref="NameCandidates"/> needs a
/// capital inside a sentence. A name marked with a trailing <c>*</c> is also an everyday word ("target", "delta") and
/// counts only capitalised inside a sentence or as a possessive ("Delta's refund policy", "discord's terms"). Whether
/// the knowledge mentions a name found here, which makes it ours, is the router's check.
/// </summary>
public sealed partial class OrganisationNames
{
    private const int LongestNameWords = 5;

    // Lower-case words joined by one space → whether the name is also an everyday word.
    private readonly Dictionary<string, bool> _names;

    public OrganisationNames(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _names = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var everyday = entry.EndsWith(" *", StringComparison.Ordinal);
            var key = string.Join(' ', Words(everyday ? entry[..^2] : entry).Select(word => word.Written));
            if (key.Length > 0)
            {
                _names[key] = everyday;
            }
        }
    }

    public static OrganisationNames Empty { get; } = new([]);

    public int Count => _names.Count;

    /// <summary>The file's organisations; none when the path is null or the file does not exist.</summary>
    public static OrganisationNames Load(string? path) =>
        path is not null && File.Exists(path) ? new OrganisationNames(ExemplarFiles.Parse(File.ReadLines(path))) : Empty;

    /// <summary>The organisations <paramref name="text"/> names, as it writes them, in order and without duplicates.</summary>
    public IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>();
        if (_names.Count == 0)
        {
            return found;
        }

        var words = Words(text).ToList();
        for (var start = 0; start < words.Count;)
        {
            var matched = Match(text, words, start);
            if (matched == 0)
            {
                start++;
                continue;
            }

            var name = text[words[start].Index..(words[start + matched - 1].Index + words[start + matched - 1].Length)];
            name = Possessive().Replace(name, string.Empty);
            if (!found.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(name);
            }

            start += matched;
        }

        return found;
    }

    // The number of words of the longest name starting at words[start] that counts where it stands; 0 for none.
    private int Match(string text, List<TextWord> words, int start)
    {
        for (var length = Math.Min(LongestNameWords, words.Count - start); length > 0; length--)
        {
            // As written first ("booking.com"), then without a web suffix ("walmart.com" is Walmart).
            foreach (var key in new[] { Key(words, start, length, word => word.Written), Key(words, start, length, word => word.Bare) })
            {
                if (_names.TryGetValue(key, out var everyday) && (!everyday || Stands(text, words, start, length)))
                {
                    return length;
                }
            }
        }

        return 0;
    }

    private static string Key(List<TextWord> words, int start, int length, Func<TextWord, string> form) =>
        string.Join(' ', words.Skip(start).Take(length).Select(form));

    // An everyday word is a name when capitalised after a sentence's first word, or possessive ("discord's").
    private static bool Stands(string text, List<TextWord> words, int start, int length)
    {
        if (words[start + length - 1].Possessive)
        {
            return true;
        }

        var first = words[start];
        var sentenceStart = start == 0 || SentenceBreak().IsMatch(text[(words[start - 1].Index + words[start - 1].Length)..first.Index]);
        return char.IsUpper(text[first.Index]) && !sentenceStart;
    }

    private static IEnumerable<TextWord> Words(string text)
    {
        foreach (Match match in Word().Matches(text))
        {
            var written = Possessive().Replace(match.Value, string.Empty);
            if (written.Length > 0)
            {
                var lower = written.ToLowerInvariant();
                yield return new TextWord(match.Index, match.Length, lower, WebSuffix().Replace(lower, string.Empty), written.Length != match.Value.Length);
            }
        }
    }

    private readonly record struct TextWord(int Index, int Length, string Written, string Bare, bool Possessive);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}&'’.+-]*(?<=[\p{L}\p{N}'’+])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"['’]s?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\.(com|ca|co\.uk|org|net)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WebSuffix();

    [GeneratedRegex(@"[.?!:;\n]", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
