using System.Text.RegularExpressions;

namespace SlmAssistant.Answering.Extractive;

/// <summary>
/// Whether a sentence says yes or no plainly enough to open an answer with it: a negated permission ("cannot be
/// returned", "is not refundable", "final sale") is a no; a plain permission ("can be returned", "you may") is a yes.
/// Anything less clear (conditions, both, neither) opens with the fact alone: a wrong "No." is worse than none.
/// </summary>
public static partial class YesNo
{
    public static bool? Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var negative = Negative().IsMatch(sentence);
        var positive = Positive().IsMatch(sentence);
        if (Conditional().IsMatch(sentence) || negative == positive)
        {
            return null;
        }

        return positive;
    }

    // Negations of the permission itself, not of some qualifier ("items that are not defective" says nothing).
    [GeneratedRegex(@"\b(cannot\s+be|can't\s+be|can\s+not\s+be|may\s+not\s+be|(is|are)\s+not\s+(eligible|accepted|covered|allowed|permitted|refundable|returnable|available|offered)|(do|does|will)\s+not\s+(accept|cover|offer|refund|allow|provide)|(don't|doesn't|won't)\s+(accept|cover|offer|refund|allow|provide)|non-?refundable|final\s+sale|not\s+(eligible|returnable|refundable))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"\b(you\s+(can|may)|can\s+be|may\s+be|are\s+(eligible|accepted|covered|welcome)|is\s+(eligible|accepted|covered|free|available)|we\s+(accept|offer|honor|honour|cover|will))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"\b(if|unless|only|except|as\s+long\s+as|provided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();
}
