using System.Text.RegularExpressions;

namespace SlmAssistant.Answering.Extractive;

/// <summary>
/// Whether a sentence says yes or no plainly enough to open an answer with it: a negated permission ("cannot be
/// returned", "is not refundable", "final sale") is a no; a plain permission ("can be returned", "you may") is a yes.
/// Anything less clear (conditions, mixed) opens with the fact alone.
/// </summary>
public static partial class YesNo
{
    public static bool? Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var negative = Negative().IsMatch(sentence);
        var positive = Positive().IsMatch(sentence);
        return negative && !positive ? false : positive && !negative && !Conditional().IsMatch(sentence) ? true : null;
    }

    [GeneratedRegex(@"\b(cannot|can't|can\s+not|may\s+not|must\s+not|are\s+not|is\s+not|isn't|aren't|won't|will\s+not|do\s+not|does\s+not|don't|doesn't|never|non-refundable|nonrefundable|not\s+(eligible|accepted|covered|allowed|permitted|refundable|returnable)|final\s+sale|no\s+longer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"\b(you\s+(can|may)|can\s+be|may\s+be|are\s+(eligible|accepted|covered|welcome)|is\s+(eligible|accepted|covered|free|available)|we\s+(accept|offer|honor|honour|cover|will))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"\b(if|unless|only|except|as\s+long\s+as|provided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();
}
