using System.Text;
using System.Text.RegularExpressions;

namespace SlmAssistant.Ingestion.Extractors.Pdf;

/// <summary>Text rules for PDF lines: rejoining hyphenated words and spotting list items.</summary>
internal static partial class PdfText
{
    /// <summary>Joins wrapped lines with spaces, undoing "exam-" + "ple" hyphenation.</summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            if (builder.Length == 0)
            {
                builder.Append(line);
            }
            else if (builder.Length > 1 && builder[^1] == '-' && char.IsLetter(builder[^2]) && line.Length > 0 && char.IsLower(line[0]))
            {
                builder.Length--;
                builder.Append(line);
            }
            else
            {
                builder.Append(' ').Append(line);
            }
        }

        return builder.ToString();
    }

    public static bool StartsListItem(string line) => ListMarker().IsMatch(line);

    [GeneratedRegex(@"^([-\u2022\u25E6\u25AA\u25CF\u00B7\u2013*]|\(?\d{1,3}[.)]|[a-z][.)])\s")]
    private static partial Regex ListMarker();
}
