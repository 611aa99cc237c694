using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>
/// A card's expiry date and security code: after their label ("exp 04/27", "expires 2027-04", "CVV 123", "security
/// code: 4821"), or as the bare "MM/YY" and three or four digits that follow a card number within a few words.
/// </summary>
internal sealed partial class CardDetailDetector : IPiiDetector
{
    private const int AfterCard = 40;

    public IEnumerable<PiiMatch> Detect(string text)
    {
        foreach (Match match in Labelled().Matches(text))
        {
            var value = match.Groups["value"];
            yield return new PiiMatch(PiiTypes.CardDetail, value.Index, value.Length, value.Value);
        }

        foreach (var card in new PaymentCardDetector().Detect(text))
        {
            var window = text.Substring(card.End, Math.Min(AfterCard, text.Length - card.End));
            foreach (Match match in Bare().Matches(window))
            {
                yield return new PiiMatch(PiiTypes.CardDetail, card.End + match.Index, match.Length, match.Value);
            }
        }
    }

    [GeneratedRegex(@"\b(?:exp(?:iry|ires|iration)?(?:\s+date)?|valid\s+(?:thru|through|until)|cvv2?|cvc2?|csc|cid|security\s+code|card\s+code)\b\s*(?:is|:|-|=)?\s*(?<value>(?:0?[1-9]|1[0-2])\s?/\s?(?:\d{2}|\d{4})\b|\d{4}-(?:0[1-9]|1[0-2])\b|\d{3,4}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?<![\d/])(?:(?:0[1-9]|1[0-2])\s?/\s?(?:\d{2}|\d{4})|\d{3,4})(?![\d/])")]
    private static partial Regex Bare();
}
