namespace SlmAssistant.Routing.Routing;

/// <summary>
/// Place names (countries, states, provinces, large cities) from a text file, one per line, <c>#</c> for comments:
/// a name the knowledge never mentions is not a sign of another organisation when it is a place. A name counts as a
/// place when it splits entirely into places ("Melbourne Australia").
/// </summary>
public sealed class PlaceNames
{
    private const int LongestPlaceWords = 4;

    private readonly HashSet<string> _places;

    public PlaceNames(IEnumerable<string> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        _places = new HashSet<string>(places.Select(Key), StringComparer.OrdinalIgnoreCase);
    }

    public static PlaceNames Empty { get; } = new([]);

    /// <summary>The file's places; none when the path is null or the file does not exist.</summary>
    public static PlaceNames Load(string? path) =>
        path is not null && File.Exists(path) ? new PlaceNames(ExemplarFiles.Parse(File.ReadLines(path))) : Empty;

    public bool IsPlace(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var start = 0;
        while (start < words.Length)
        {
            var matched = 0;
            for (var length = Math.Min(LongestPlaceWords, words.Length - start); length > 0 && matched == 0; length--)
            {
                if (_places.Contains(string.Join(' ', words, start, length)))
                {
                    matched = length;
                }
            }

            if (matched == 0)
            {
                return false;
            }

            start += matched;
        }

        return words.Length > 0;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is followed in <paramref name="text"/> by a comma and a known place ("Manchester,
    /// UK", "Springfield, IL"): the way a town too small for the list is written.
    /// </summary>
    public bool IsPlaceIn(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf(name + ",", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var after = text[(at + name.Length + 1)..].TrimStart();
        var words = after.Split((char[])[' ', ',', '.', '?', '!', ';', ':'], StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(word => char.IsUpper(word[0]))
            .Take(LongestPlaceWords)
            .ToList();
        for (var length = words.Count; length > 0; length--)
        {
            if (_places.Contains(string.Join(' ', words.Take(length))))
            {
                return true;
            }
        }

        return false;
    }

    private static string Key(string place) =>
        string.Join(' ', place.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
