using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// Recognises explicit requests for a person: a verb of contact aimed at a person ("talk to a human", "transfer me to
/// customer service"), "not a bot", or a bare person word as the whole turn ("operator", "agent please"). Questions
/// that merely mention people ("when will somebody call me back", "is there a nurse I can talk to") do not match.
/// </summary>
public static partial class HandoffScreen
{
    private const int BareRequestMaxWords = 3;

    /// <summary>The matched phrase, or null.</summary>
    public static string? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = TextNormaliser.Normalise(text);
        if (AboutTheAssistant().IsMatch(normalised))
        {
            return null;
        }

        var match = Request().Match(normalised);
        if (match.Success)
        {
            return match.Value;
        }

        match = Person().Match(normalised);
        return match.Success && TextNormaliser.WordCount(normalised) <= BareRequestMaxWords ? match.Value : null;
    }

    [GeneratedRegex("""
        \b(?:
          (?:talk|speak|chat|connect|transfer|escalate|put\ me\ through|get|give|hand|reach)\w*\b[\w\s']{0,25}?\b(?:to|with|me)\s+(?:a|an|the|your|some|one\ of\ your)?\s*(?:real|live|actual)?\s*
            (?:human|person|people|agent|representative|rep|operator|supervisor|manager|staff|employee|customer\ (?:service|support|care)|support\ (?:staff|team))\b
          | (?:can|could|would|please\ have)\s+(?:a|an|one\ of\ your|some)?\s*(?:staff(?:\ member)?|person|human|representative|agent|someone|somebody|employee)\b[\w\s']{0,15}\b(?:call|contact|phone|ring)\ me\b
          | (?:person|human|someone|staff(?:\ member)?|agent|representative)\W+(?:and\ )?not\ (?:a\ |an\ )?(?:bot|chatbot|machine|robot)\b
          | don'?t\ want\ to\ (?:talk|speak|chat)\ (?:to|with)\ (?:a\ |an\ |the\ |this\ )?(?:bot|chatbot|machine|robot)\b
          | (?:this\ |the\ )?bot\ (?:isn'?t|is\ not|is\ useless)
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    // "Am I talking to a real person?" asks what the assistant is (small talk), not for a person.
    [GeneratedRegex(@"^(?:am\ i|are\ you|is\ this|is\ it)\b", RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex AboutTheAssistant();

    [GeneratedRegex(@"\b(?:human|person|agent|representative|operator|supervisor|manager|staff)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Person();
}
