using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>
/// Finds the longest run of whole space/dash-separated groups inside a greedy regex match that passes a check,
/// so "4111 1111 1111 1111 2027" still yields the card, and "NL91ABNA0417164300 a" still yields the IBAN.
/// </summary>
internal static class GroupedRuns
{
    public static (int Start, int Length)? Longest(Match match, Func<string, bool> isValid)
    {
        var groups = Split(match.Value);
        for (var count = groups.Count; count >= 1; count--)
        {
            for (var first = 0; first + count <= groups.Count; first++)
            {
                var start = groups[first].Start;
                var end = groups[first + count - 1].End;
                if (isValid(match.Value[start..end]))
                {
                    return (match.Index + start, end - start);
                }
            }
        }

        return null;
    }

    private static List<(int Start, int End)> Split(string value)
    {
        var groups = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i == value.Length || value[i] is ' ' or '-')
            {
                if (i > start)
                {
                    groups.Add((start, i));
                }

                start = i + 1;
            }
        }

        return groups;
    }
}
