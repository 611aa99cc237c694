using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// Proper names a turn mentions, by their capitals: runs of capitalised words ("Best Buy", "Mayo Clinic") and
/// acronyms ("REI"), with a possessive "'s" dropped; punctuation ends a run. Left out: the first word of a sentence,
/// "I" and its contractions, days and months, courtesy titles, two-letter acronyms ("TV", "EU"), names after an
/// article or a possessive ("my new Osprey pack", "the Pine Club": a product or something of ours, not another
/// organisation), names of what was bought ("a $500 Garmin GPS", "ordered Smartwool socks": a brand of product),
/// and every word of a turn written in Title Case or capitals, where capitals say nothing. Whether the knowledge
/// mentions a name, and whether it is a place, is the router's check.
/// </summary>
public static partial class NameCandidates
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "i'm", "i'd", "i've", "i'll", "ok", "okay", "hi", "hello", "hey", "thanks", "please",
        "mr", "mrs", "ms", "dr", "mx",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that", "these", "those",
    };

    // "ordered Smartwool socks", "got Merrell boots": what follows is a product bought, named by its brand.
    private static readonly HashSet<string> PurchaseVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "bought", "buy", "buying", "ordered", "order", "purchased", "purchase", "got", "received", "gifted", "returned", "returning", "exchanged",
    };

    /// <summary>The names, in order, without duplicates (compared case-insensitively).</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Word().Matches(text).ToList();
        var letters = words.Where(w => char.IsLetter(w.Value[0])).ToList();
        if (letters.Count == 0 || letters.Count(w => char.IsUpper(w.Value[0])) * 10 >= letters.Count * 6)
        {
            return [];
        }

        var names = new List<string>();
        var run = new List<string>();
        var skipping = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = Possessive().Replace(words[i].Value, string.Empty);
            var gap = i == 0 ? string.Empty : text[(words[i - 1].Index + words[i - 1].Length)..words[i].Index];
            var sentenceStart = i == 0 || SentenceBreak().IsMatch(gap);
            var capitalised = char.IsUpper(word[0]) && !NotNames.Contains(word) && !IsShortAcronym(word);
            var continues = capitalised && !sentenceStart && gap.Trim().Length == 0 && (run.Count > 0 || skipping);
            if (!continues)
            {
                Flush(names, run);
                skipping = false;
                if (capitalised && !sentenceStart)
                {
                    // "my new Salomon boots", "at your Boston store": a product or a place of ours, not an organisation.
                    skipping = AfterDeterminer(words, i) || PurchaseVerbs.Contains(words[i - 1].Value);
                    if (!skipping)
                    {
                        run.Add(word);
                    }
                }
            }
            else if (!skipping)
            {
                run.Add(word);
            }

            if (word.Length != words[i].Value.Length)
            {
                // "Amazon's return policy": the possessive ends the name.
                Flush(names, run);
                skipping = false;
            }
        }

        Flush(names, run);
        return names;
    }

    /// <summary>
    /// A determiner one or two words back with only a lower-case word between ("my new"), or three back when a number
    /// is between ("a $500", "my 2 new").
    /// </summary>
    private static bool AfterDeterminer(List<Match> words, int i)
    {
        var number = false;
        for (var back = 1; back <= 3 && i - back >= 0; back++)
        {
            var word = words[i - back].Value;
            if (Determiners.Contains(word))
            {
                return back < 3 || number;
            }

            if (!char.IsLower(word[0]) && !char.IsDigit(word[0]))
            {
                return false;
            }

            number |= char.IsDigit(word[0]);
        }

        return false;
    }

    /// <summary>"TV", "AI", "EU", "ID": two capitals are a common noun or an abbreviation more often than a company.</summary>
    private static bool IsShortAcronym(string word) => word.Length <= 2 && word.All(char.IsUpper);

    private static void Flush(List<string> names, List<string> run)
    {
        if (run.Count > 0)
        {
            var name = string.Join(' ', run);
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }

            run.Clear();
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?<=[\p{L}\p{N}'’])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"['’]s?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"[.?!:;\n]", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
