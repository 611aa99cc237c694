using System.Text;

namespace SlmAssistant.Ingestion.Extractors;

/// <summary>Normalises the spacing of extracted text: one space between words, no invisible characters.</summary>
internal static class Whitespace
{
    /// <summary>Collapses every run of whitespace (newlines included) to one space and trims.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Keeps line breaks (code, preformatted text) but trims each line and drops blank edges.</summary>
    public static string CollapseKeepingLines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(line => StripInvisible(line).TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Trim().Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines);
    }

    private static string StripInvisible(string text) => text.Any(IsInvisible) ? new string(text.Where(c => !IsInvisible(c)).ToArray()) : text;

    // Soft hyphen, zero-width space/joiners, BOM: present in copied web and Word text, meaningless to a tokenizer.
    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
