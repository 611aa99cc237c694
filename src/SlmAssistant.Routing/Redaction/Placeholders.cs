using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction;

/// <summary>The [TYPE_N] placeholder format, and a forgiving reader for what a model writes back.</summary>
internal static partial class Placeholders
{
    public static string Format(string type, int number) => $"[{PiiTypes.Label(type)}_{number}]";

    /// <summary>
    /// Finds placeholders as a model may echo them: [NAME_1], [name_1], [ NAME 1 ], [NAME-1], and bare NAME_1.
    /// Each hit is reported in its canonical [TYPE_N] form.
    /// </summary>
    public static string Replace(string text, Func<string, string?> resolve) =>
        Echoed().Replace(text, match =>
        {
            var label = (match.Groups["label"].Success ? match.Groups["label"] : match.Groups["bare"]).Value.ToUpperInvariant();
            var number = (match.Groups["number"].Success ? match.Groups["number"] : match.Groups["bareNumber"]).Value;
            return resolve($"[{label}_{number}]") ?? match.Value;
        });

    [GeneratedRegex(@"\\?\[\s*(?<label>EMAIL|PHONE|CARDDETAIL|CARD|SSN|IBAN|NAME|ADDRESS)\s*\\?[_\- ]?\s*(?<number>\d{1,4})\s*\\?\]|\b(?<bare>EMAIL|PHONE|CARDDETAIL|CARD|SSN|IBAN|NAME|ADDRESS)_(?<bareNumber>\d{1,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Echoed();
}
