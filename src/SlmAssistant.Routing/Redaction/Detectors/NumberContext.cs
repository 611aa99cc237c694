using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>Reads the words just before a number to tell a phone number from an order or account number.</summary>
internal static partial class NumberContext
{
    private const int Window = 40;

    /// <summary>True when the nearest cue within a few words before <paramref name="index"/> names a reference number rather than a phone.</summary>
    public static bool NearestCueIsReference(string text, int index)
    {
        var start = Math.Max(0, index - Window);
        var before = text[start..index];
        Match? nearest = null;
        foreach (Match cue in Cue().Matches(before))
        {
            nearest = cue;
        }

        return nearest is not null && nearest.Groups["reference"].Success;
    }

    /// <summary>True when an SSN keyword (ssn, social security, social) appears within a few words before <paramref name="index"/>.</summary>
    public static bool FollowsSsnKeyword(string text, int index)
    {
        var start = Math.Max(0, index - Window);
        return SsnKeyword().IsMatch(text.AsSpan(start, index - start));
    }

    [GeneratedRegex(@"(?<reference>\border\b|\binvoice\b|\btracking\b|\bconfirmation\b|\breference\b|\bref\b|\baccount\b|\bacct\b|\bbooking\b|\breservation\b|\bticket\b|\bcase\b|\bclaim\b|\bpolicy\b|\bmember\b|\bid\b|\bsku\b|\bserial\b|\bitem\b|#|\bno\.)|(?<phone>\bphone\b|\bcall\b|\btext\b|\bcell\b|\bmobile\b|\btel\b|\bfax\b|\bcontact\b|\breach\b|\bwhatsapp\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\bssn\b|\bsocial\b|\bss#", RegexOptions.IgnoreCase)]
    private static partial Regex SsnKeyword();
}
