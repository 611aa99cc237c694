using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// Recognises requests for a general assistant's work, not for what the documents say: asking the assistant to write,
/// draft, rewrite or translate something ("can you help me write a poem", "Draft a complaint letter to my landlord",
/// "translate this into German"), or to write code. Only a request aimed at the assistant counts: the turn opens with
/// the verb, or asks "can you / please / help me / I need you to" do it; "do I need to write a letter to cancel?"
/// asks about our process and does not match.
/// </summary>
public static partial class TaskRequestScreen
{
    /// <summary>The matched phrase, or null.</summary>
    public static string? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Request().Match(TextNormaliser.Normalise(text));
        return match.Success ? match.Value.Trim() : null;
    }

    [GeneratedRegex("""
        (?:^|[.!?]\s+|\b(?:can|could|would|will)\ you\s+(?:please\s+)?(?:help\ me\s+)?|\bplease\s+|\bhelp\ me\s+|\bi\ (?:need|want|would\ like|'d\ like)\ you\ to\s+|\bi\ need\ help\s+)
        (?:(?:now|also|and|then|ok|okay|so|just)\s+)*
        (?:
          (?:write|draft|compose|pen|craft|rewrite|reword|proofread|polish|generate|create|make)\b[\w\s',$-]{0,50}?
            \b(?:poem|poems|letter|e-?mail|message|text|note|post|essay|story|song|lyrics|resume|résumé|cv|speech|toast|tweet|caption|joke|haiku|limerick|code|script|sql|query|program|function|invitation|bio|slogan|outline|review|cover\ letter|reply|response|summary)s?\b
          | translate\b
          | summari[sz]e\ the\ plot\b
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Request();
}
