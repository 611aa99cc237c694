using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>13-19 digit card numbers, grouped by spaces or dashes or not at all, that pass the Luhn check.</summary>
internal sealed partial class PaymentCardDetector : IPiiDetector
{
    public IEnumerable<PiiMatch> Detect(string text)
    {
        foreach (Match match in DigitRun().Matches(text))
        {
            if (GroupedRuns.Longest(match, IsCard) is { } card)
            {
                yield return new PiiMatch(PiiTypes.Card, card.Start, card.Length, Digits.Only(text.AsSpan(card.Start, card.Length)));
            }
        }
    }

    private static bool IsCard(string candidate)
    {
        var digits = Digits.Only(candidate);
        return digits.Length is >= 13 and <= 19 && Luhn.IsValid(digits);
    }

    // Greedy: a run may swallow a neighbouring number ("… 1111 2027"); GroupedRuns trims it back group by group.
    // It never starts inside or right after a code with digits in it: "DE89 3704 0044 0532 0130 01" is a (bad) IBAN, not a card.
    [GeneratedRegex(@"(?<![\p{L}\d-])(?<!\d[\p{L}\d]*[ -])\d(?:[ -]?\d){12,30}(?!\d)")]
    private static partial Regex DigitRun();
}
