using System.Text;
using System.Text.RegularExpressions;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Routing.Redaction.Detectors;

namespace SlmAssistant.Routing.Redaction;

/// <summary>
/// Replaces emails, phone numbers (North American, UK and international), payment cards (Luhn) with their expiry and
/// security code, US SSNs, IBANs (mod-97), street addresses with a postcode and person names with
/// placeholders such as [EMAIL_1]; the same value always gets the same placeholder within one call.
/// <see cref="RedactedEntity.Start"/> and <see cref="RedactedEntity.Length"/> point into the original text.
/// </summary>
public sealed partial class PiiRedactor : IPiiRedactor
{
    private static readonly IPiiDetector[] Detectors =
    [
        new EmailDetector(), new PaymentCardDetector(), new CardDetailDetector(), new IbanDetector(), new SsnDetector(), new PhoneDetector(),
        new StreetAddressDetector(), new PersonNameDetector(),
    ];

    public RedactionResult Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var accepted = ResolveOverlaps(Detectors.SelectMany(d => d.Detect(text)));
        accepted = ResolveOverlaps(accepted.Concat(LaterMentionsOfNames(text, accepted)));
        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));

        var output = new StringBuilder(text.Length);
        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal);
        var byValue = new Dictionary<(string Type, string Key), string>();
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        var entities = new List<RedactedEntity>(accepted.Count);
        var position = 0;
        foreach (var match in accepted)
        {
            if (!byValue.TryGetValue((match.Type, match.Key), out var placeholder))
            {
                placeholder = NextPlaceholder(match.Type, text, counters);
                byValue[(match.Type, match.Key)] = placeholder;
                placeholders[placeholder] = text.Substring(match.Start, match.Length);
            }

            output.Append(text, position, match.Start - position).Append(placeholder);
            entities.Add(new RedactedEntity(match.Type, placeholder, match.Start, match.Length));
            position = match.End;
        }

        output.Append(text, position, text.Length - position);
        return new RedactionResult(output.ToString(), placeholders, entities);
    }

    /// <summary>
    /// Puts the original values back. Placeholders echoed with other case or spacing ([name_1], [ NAME 1 ], NAME_1)
    /// are recognised; placeholders the map does not know are left as they are.
    /// </summary>
    public string Restore(string text, IReadOnlyDictionary<string, string> placeholders)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(placeholders);
        if (placeholders.Count == 0)
        {
            return text;
        }

        var restored = Placeholders.Replace(text, canonical => placeholders.TryGetValue(canonical, out var value) ? value : null);

        // A map from another redactor may use its own placeholder format: replace those keys literally.
        foreach (var (placeholder, value) in placeholders)
        {
            if (!CanonicalPlaceholder().IsMatch(placeholder))
            {
                restored = restored.Replace(placeholder, value, StringComparison.Ordinal);
            }
        }

        return restored;
    }

    // Never hand out a placeholder the text already holds (text redacted once before, or a user typing "[EMAIL_1]").
    private static string NextPlaceholder(string type, string text, Dictionary<string, int> counters)
    {
        var number = counters.GetValueOrDefault(type);
        string placeholder;
        do
        {
            placeholder = Placeholders.Format(type, ++number);
        }
        while (text.Contains(placeholder, StringComparison.OrdinalIgnoreCase));

        counters[type] = number;
        return placeholder;
    }

    /// <summary>Highest priority first, then the longer match; a match overlapping one already taken is dropped.</summary>
    private static List<PiiMatch> ResolveOverlaps(IEnumerable<PiiMatch> candidates)
    {
        var accepted = new List<PiiMatch>();
        foreach (var candidate in candidates
                     .OrderByDescending(m => PiiTypes.Priority(m.Type))
                     .ThenByDescending(m => m.Length)
                     .ThenBy(m => m.Start))
        {
            if (!accepted.Exists(candidate.Overlaps))
            {
                accepted.Add(candidate);
            }
        }

        return accepted;
    }

    /// <summary>"Thanks, Dana" after "my name is Dana Whitfield": each word of a found name, found again, shares its placeholder.</summary>
    private static IEnumerable<PiiMatch> LaterMentionsOfNames(string text, List<PiiMatch> accepted)
    {
        foreach (var name in accepted.Where(m => m.Type == PiiTypes.Name).ToList())
        {
            var words = text.Substring(name.Start, name.Length)
                .Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 3 && char.IsUpper(w[0]) && !NameWords.Particles.Contains(w));
            foreach (var word in words)
            {
                foreach (Match mention in Regex.Matches(text, $@"(?<![\p{{L}}\d]){Regex.Escape(word)}(?![\p{{L}}\d])"))
                {
                    yield return new PiiMatch(PiiTypes.Name, mention.Index, mention.Length, name.Key);
                }
            }
        }
    }

    [GeneratedRegex(@"^\[(?:EMAIL|PHONE|CARDDETAIL|CARD|SSN|IBAN|NAME|ADDRESS)_\d+\]$")]
    private static partial Regex CanonicalPlaceholder();
}
