using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>
/// US Social Security numbers. A dashed 123-45-6789 counts on its own when its area, group and serial are ones
/// the SSA issues (not 000, 666 or 9xx; not 00; not 0000). After "SSN", "social security" or "social" any
/// SSN-shaped number counts, dashed, spaced or 9 plain digits, valid or not: the writer has told us what it is.
/// </summary>
internal sealed partial class SsnDetector : IPiiDetector
{
    public IEnumerable<PiiMatch> Detect(string text)
    {
        foreach (Match match in SsnShape().Matches(text))
        {
            var dashed = match.Groups["dashed"].Success;
            var issued = dashed && IsIssuable(match.Groups["area"].Value, match.Groups["group"].Value, match.Groups["serial"].Value);
            if (issued || NumberContext.FollowsSsnKeyword(text, match.Index))
            {
                yield return new PiiMatch(PiiTypes.Ssn, match.Index, match.Length, Digits.Only(match.ValueSpan));
            }
        }
    }

    private static bool IsIssuable(string area, string group, string serial) =>
        area is not "000" and not "666" && area[0] != '9' && group != "00" && serial != "0000";

    [GeneratedRegex(@"(?<![\w-])(?:(?<dashed>(?<area>\d{3})-(?<group>\d{2})-(?<serial>\d{4}))|\d{3} \d{2} \d{4}|\d{9})(?![\w-]|[.,]\d)")]
    private static partial Regex SsnShape();
}
