using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>
/// Phone numbers: international numbers written with + or 00 (E.164 and its spaced forms), North American numbers
/// ((555) 123-4567, 555-123-4567, 555.123.4567, +1 555 123 4567, 5551234567) and UK national numbers with their
/// leading 0 (07700 900123, 020 7946 0958, 0161 496 0000).
/// Order and account numbers can share the 3-3-4 shape, so a number without "(555)" or "+1" is left alone
/// when the nearest cue before it names an order, invoice, account and the like ("call", "phone", "text" win when nearer).
/// </summary>
internal sealed partial class PhoneDetector : IPiiDetector
{
    public IEnumerable<PiiMatch> Detect(string text)
    {
        foreach (Match match in International().Matches(text))
        {
            var digits = Digits.Only(match.ValueSpan);
            var significant = match.Value.StartsWith("00", StringComparison.Ordinal) ? digits.Length - 2 : digits.Length;
            if (significant is >= 8 and <= 15)
            {
                yield return new PiiMatch(PiiTypes.Phone, match.Index, match.Length, Key(digits));
            }
        }

        foreach (Match match in UkNational().Matches(text))
        {
            if (!NumberContext.NearestCueIsReference(text, match.Index))
            {
                yield return new PiiMatch(PiiTypes.Phone, match.Index, match.Length, "44" + Digits.Only(match.ValueSpan)[1..]);
            }
        }

        foreach (Match match in NorthAmerican().Matches(text))
        {
            if (!match.Groups["unmistakable"].Success && NumberContext.NearestCueIsReference(text, match.Index))
            {
                continue;
            }

            yield return new PiiMatch(PiiTypes.Phone, match.Index, match.Length, Key(Digits.Only(match.ValueSpan)));
        }
    }

    // +1 555 123 4567 and 555-123-4567 are the same number and get the same placeholder.
    private static string Key(string digits) => digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;

    // Country codes other than 1 (North America is matched below with its fixed 3-3-4 shape).
    [GeneratedRegex(@"(?<![\w+])(?<!\d[ .-])(?:\+|\b00)(?!1)\d{1,3}(?:[ .-]?(?:\(\d{1,4}\)|\d{1,5})){2,6}(?![\w-]|[.,]\d)")]
    private static partial Regex International();

    // 0 + 10 digits in the UK's groupings: mobiles 07xxx xxxxxx, London 020 xxxx xxxx, cities 01xx xxx xxxx, 03/08 lines.
    [GeneratedRegex(@"(?<![\w+.-])(?<!\d[ .-])(?:0[17]\d{3}[ ]?\d{6}|0[17]\d{3}[ ]?\d{3}[ ]?\d{3}|02\d[ ]?\d{4}[ ]?\d{4}|01\d{2}[ ]?\d{3}[ ]?\d{4}|0[38]\d{2}[ ]?\d{3}[ ]?\d{4})(?![\w-]|[.,]\d)")]
    private static partial Regex UkNational();

    // "unmistakable": written with an area code in parentheses or a +1, which no order number has.
    [GeneratedRegex(@"(?<![\w+.-])(?<!\d[ .-])(?:(?<unmistakable>\+1[ .-]?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}|(?:1[ .-]?)?\(\d{3}\)[ .-]?\d{3}[ .-]?\d{4})|(?:1[ .-]?)?(?:\d{3}[.-]\d{3}[.-]\d{4}|\d{3}-\d{3} \d{4}|\d{3} \d{3}-\d{4})|1?[2-9]\d{2}(?<sep> ?)\d{3}\k<sep>\d{4})(?![\w-]|[.,]\d)")]
    private static partial Regex NorthAmerican();
}
