using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// Recognises a short turn made only of courtesies: thanks, greetings, acknowledgements and goodbyes ("thx", "ty so
/// much", "gotcha", "cheers mate", "great answer, really clear"), which the embedder places nowhere near the small
/// talk exemplars because it barely knows such tokens. Every word must be a courtesy or a filler around one ("so
/// much", "for the help") and at least one a courtesy, so "ok so how do I return a tent" or "thanks, and the
/// receipt?" do not match. "yes" and "no" are left out: they answer what the bot asked.
/// </summary>
public static partial class CourtesyScreen
{
    private const int MaxWords = 8;

    private static readonly HashSet<string> Courtesies = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "heya", "hiya", "howdy", "yo", "greetings", "morning", "afternoon", "evening",
        "thanks", "thank", "thankyou", "thx", "thnx", "thnks", "thanx", "tx", "ty", "tysm", "tyvm", "ta", "cheers", "appreciate", "appreciated",
        "ok", "okay", "okey", "k", "kk", "alright", "cool", "great", "perfect", "awesome", "nice", "gotcha", "got", "understood", "noted",
        "fine", "brilliant", "lovely", "excellent", "wonderful", "fantastic", "amazing", "helpful", "good", "sweet", "works",
        "bye", "goodbye", "cya", "later", "lol", "haha", "hah", "hehe", "lmao", "yay",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "so", "much", "very", "a", "lot", "lots", "ton", "bunch", "you", "u", "ya", "for", "the", "your", "all", "again", "that", "that's",
        "thats", "this", "it", "is", "was", "really", "super", "answer", "answers", "help", "info", "information", "mate", "buddy", "man",
        "guys", "everyone", "folks", "there", "day", "night", "see", "take", "care", "makes", "sense", "sounds", "me", "just", "and",
        "oh", "ah", "well", "clear", "indeed", "of", "you're", "youre", "best", "i", "i'm", "im", "we", "now", "then", "will", "do", "too",
    };

    /// <summary>The turn, normalised, when it is only courtesies; otherwise null.</summary>
    public static string? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = TextNormaliser.Normalise(text);
        var words = Word().Matches(normalised).Select(m => m.Value).ToList();
        if (words.Count == 0 || words.Count > MaxWords || !words.Any(Courtesies.Contains))
        {
            return null;
        }

        return words.All(word => Courtesies.Contains(word) || Fillers.Contains(word)) ? string.Join(' ', words) : null;
    }

    // Letters and digits with inner apostrophes; punctuation and emoticons (":)", "!!") are not words. A digit makes
    // a word that is no courtesy ("order 10023").
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
