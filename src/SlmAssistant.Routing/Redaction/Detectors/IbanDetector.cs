using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>IBANs with or without spaces, in any case, kept only when the length and the mod-97 check pass.</summary>
internal sealed partial class IbanDetector : IPiiDetector
{
    public IEnumerable<PiiMatch> Detect(string text)
    {
        foreach (Match match in IbanCandidate().Matches(text))
        {
            if (GroupedRuns.Longest(match, IbanChecksum.IsValid) is { } iban)
            {
                var key = text.Substring(iban.Start, iban.Length).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
                yield return new PiiMatch(PiiTypes.Iban, iban.Start, iban.Length, key);
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\d])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,34}")]
    private static partial Regex IbanCandidate();
}
