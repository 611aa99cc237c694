using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>
/// Person names, where the text gives them away:
/// after "my name is" / "call me" / "Dear" / a title (Mr., Mrs., Ms., Dr.) / "my client", "my daughter", "my neighbor" …;
/// as a signature at the end ("Thanks, Dana"); after "I'm", "this is", "it's" or a greeting when the name has two words
/// or starts with a common first name; and anywhere as a capitalized "First Last" pair whose first word is a common
/// first name (<see cref="CommonFirstNames"/>). Later mentions of a found name's words ("Dana" after "Dana Whitfield")
/// are found by <see cref="PiiRedactor"/>, which gives them the same placeholder.
/// </summary>
internal sealed partial class PersonNameDetector : IPiiDetector
{
    public IEnumerable<PiiMatch> Detect(string text)
    {
        foreach (Match cue in StrongCue().Matches(text))
        {
            var lowercase = cue.Groups["typed"].Success;
            if (NameRun.Read(text, cue.Index + cue.Length, lowercase) is { } run)
            {
                yield return Name(text, run);
            }
        }

        foreach (Match cue in WeakCue().Matches(text))
        {
            if (NameRun.Read(text, cue.Index + cue.Length) is { } run && (run.Words >= 2 || StartsWithFirstName(text, run)))
            {
                yield return Name(text, run);
            }
        }

        foreach (Match cue in SignatureCue().Matches(text))
        {
            if (NameRun.Read(text, cue.Index + cue.Length) is { } run && SignatureEnd().IsMatch(text[(run.Start + run.Length)..]))
            {
                yield return Name(text, run);
            }
        }

        foreach (Match word in CapitalizedWord().Matches(text))
        {
            if (CommonFirstNames.All.Contains(word.Value) && NameRun.Read(text, word.Index) is { Words: >= 2 } run)
            {
                yield return Name(text, run);
            }
        }
    }

    /// <summary>The key two mentions of a name share: lower-cased, single-spaced.</summary>
    public static string Key(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static PiiMatch Name(string text, (int Start, int Length, int Words) run) =>
        new(PiiTypes.Name, run.Start, run.Length, Key(text.Substring(run.Start, run.Length)));

    private static bool StartsWithFirstName(string text, (int Start, int Length, int Words) run)
    {
        var first = text.AsSpan(run.Start, run.Length);
        var space = first.IndexOfAny(' ', '\t');
        return CommonFirstNames.All.GetAlternateLookup<ReadOnlySpan<char>>().Contains(space < 0 ? first : first[..space]);
    }

    private const string Relations =
        "client|customer|patient|daughter|son|mom|mother|dad|father|wife|husband|partner|boyfriend|girlfriend|fianc[eé]e?|"
        + "neighbou?r|friend|colleague|co-?worker|boss|manager|employee|employer|landlord|landlady|tenant|roommate|brother|sister|"
        + "aunt|uncle|cousin|grandmother|grandfather|grandma|grandpa|niece|nephew|child|kid|baby|doctor|dentist|lawyer|attorney|"
        + "teacher|student|assistant|contact|guest|caregiver|spouse";

    [GeneratedRegex(@"(?:\b(?<typed>my\s+name\s+is|my\s+name's|name's)\s+|\b(?:call\s+me|dear)\s+|\b(?-i:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?[ \t]+|\bmy\s+(?:(?:former|late|new|old|ex-?|current|little|older|younger|elderly|best|good|dear|[\w-]+-year-old)\s+)?(?:" + Relations + @")\s*,?[ \t]+)", RegexOptions.IgnoreCase)]
    private static partial Regex StrongCue();

    [GeneratedRegex(@"\b(?:I'm|I’m|Im|I\s+am|this\s+is|it's|it’s|its|it\s+is|hi|hello|hey|greetings)\b[,!:]?[ \t]+", RegexOptions.IgnoreCase)]
    private static partial Regex WeakCue();

    [GeneratedRegex(@"(?:^|[\r\n]|[.!?][ \t]+)[ \t]*(?:(?:many\s+)?thanks(?:\s+again)?|thank\s+you|(?:best|kind|warm|warmest)\s+regards|regards|best(?:\s+wishes)?|all\s+the\s+best|cheers|sincerely|respectfully|yours\s+truly|--|—|–)[ \t]*[,.!-]*\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureCue();

    [GeneratedRegex(@"^[\s.!]*$")]
    private static partial Regex SignatureEnd();

    [GeneratedRegex(@"(?<![\p{L}\d])\p{Lu}\p{Ll}+(?![\p{L}\d])")]
    private static partial Regex CapitalizedWord();
}
