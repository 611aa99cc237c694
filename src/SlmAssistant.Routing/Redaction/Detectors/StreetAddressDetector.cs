using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>
/// A street address that ends in a postcode: "42 Elm Street, Springfield, IL 62704", "1600 Pennsylvania Ave NW,
/// Washington, DC 20500", "10 Downing Street, London SW1A 2AA". A street alone, or a postcode alone, is not enough.
/// </summary>
internal sealed partial class StreetAddressDetector : IPiiDetector
{
    public IEnumerable<PiiMatch> Detect(string text)
    {
        foreach (Match match in Address().Matches(text))
        {
            yield return new PiiMatch(PiiTypes.Address, match.Index, match.Length, string.Join(' ', match.Value.ToUpperInvariant().Split((char[])[' ', ','], StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    [GeneratedRegex(
        @"\b\d{1,6}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){0,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Parkway|Pkwy|Highway|Hwy|Square|Sq)\b\.?" +
        @"(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\.?\s*\w+)?" +
        @",?\s+(?:[A-Z][\w'.-]*\s*){1,3},?\s*(?:(?:[A-Z]{2}\s+)?\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b")]
    private static partial Regex Address();
}
