using System.Globalization;
using System.Text;

namespace SlmAssistant.Cli.Infrastructure;

/// <summary>
/// Text from outside (file names, reasons naming them) made safe for one console line: control and format characters
/// (a newline, U+202E that reverses what follows, zero-width characters) are written as <c>\uXXXX</c>, so staff see
/// the real name and the terminal shows it as it is.
/// </summary>
public static class ConsoleText
{
    public static string Visible(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in text ?? string.Empty)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
