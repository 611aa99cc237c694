using System.Text.RegularExpressions;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>
/// Marks the sentences an answer must not quote on their own: page furniture (last-updated lines, "this page
/// explains…", copyright, navigation), list introductions that mean nothing without their items, heading-like
/// fragments, and the table rows that extraction wrote as sentences.
/// </summary>
public static partial class SentenceTraitsReader
{
    private const int FragmentWords = 4;

    public static SentenceTraits Read(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Trim();
        var traits = SentenceTraits.None;
        if (Boilerplate().IsMatch(text))
        {
            traits |= SentenceTraits.Boilerplate;
        }

        if (Example().IsMatch(text))
        {
            traits |= SentenceTraits.Example;
        }

        if (text.EndsWith(':'))
        {
            traits |= SentenceTraits.ListIntro;
        }

        if (text.Contains(" — ", StringComparison.Ordinal) && text.Contains(": ", StringComparison.Ordinal))
        {
            traits |= SentenceTraits.TableRow;
        }

        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < FragmentWords && !text.Any(char.IsDigit))
        {
            traits |= SentenceTraits.Fragment;
        }

        return traits;
    }

    [GeneratedRegex(@"^(for\s+(example|instance)\b|e\.g\.|example:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Example();

    [GeneratedRegex(
        @"^(last\s+(updated|revised|reviewed|modified)|(updated|effective|revised)(\s+date)?\s*[:\-])" +
        @"|\bthis\s+(page|document|policy|article|guide|section|notice|faq)\s+(explains|describes|covers|tells|sets\s+out|outlines|answers|lists)\b" +
        @"|(©|\(c\)\s*\d{4}|\ball\s+rights\s+reserved\b)" +
        @"|^(back\s+to\s+top|skip\s+to\s+(main\s+)?content|home\s*[>›/])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();
}
