using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>Reads a person's name (one to three name words, surname particles allowed) starting at a position.</summary>
internal static partial class NameRun
{
    private const int MaxNameWords = 3;

    /// <param name="lowercase">Accept lower-case words too (after "my name is", where people type "dana whitfield").</param>
    /// <returns>The span of the name and how many name words it holds, or null when no name starts there.</returns>
    public static (int Start, int Length, int Words)? Read(string text, int position, bool lowercase = false)
    {
        var word = Word(text, position, lowercase);
        if (word is null)
        {
            return null;
        }

        var start = position;
        var end = position + word.Length;
        var words = 1;
        while (words < MaxNameWords && NextWord(text, end, lowercase) is { } next)
        {
            end = next.End;
            words++;
        }

        return IsPlaceOrBusiness(text, start, end) ? null : (start, end - start, words);
    }

    private static (int End, string Word)? NextWord(string text, int position, bool lowercase)
    {
        var gap = Gap().Match(text, position);
        if (!gap.Success)
        {
            return null;
        }

        var at = position + gap.Length;
        if (Word(text, at, lowercase) is { } word)
        {
            return (at + word.Length, word);
        }

        // Particles only count when a capitalized surname follows: "Pieter de Vries", not "Dana de".
        var particle = LowerWord().Match(text, at);
        if (particle.Success && NameWords.Particles.Contains(particle.Value)
            && NextWord(text, at + particle.Length, lowercase: false) is { } surname)
        {
            return surname;
        }

        return null;
    }

    private static string? Word(string text, int position, bool lowercase)
    {
        var match = (lowercase ? AnyCaseWord() : CapitalizedWord()).Match(text, position);
        if (!match.Success || NameWords.NotNames.Contains(match.Value) || NameWords.PlaceOrBusiness.Contains(match.Value))
        {
            return null;
        }

        return match.Value;
    }

    // "Maple Grove Family Clinic": look past the three-word cap to the end of the capitalized run.
    private static bool IsPlaceOrBusiness(string text, int start, int end)
    {
        var position = end;
        for (var i = 0; i < 3; i++)
        {
            var gap = Gap().Match(text, position);
            if (!gap.Success)
            {
                break;
            }

            var next = CapitalizedWord().Match(text, position + gap.Length);
            if (!next.Success)
            {
                break;
            }

            if (NameWords.PlaceOrBusiness.Contains(next.Value))
            {
                return true;
            }

            position = next.Index + next.Length;
        }

        return false;
    }

    [GeneratedRegex(@"\G(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\d'’@])")]
    private static partial Regex CapitalizedWord();

    [GeneratedRegex(@"\G(?:Mc|Mac|O['’])?\p{L}\p{Ll}+(?:-\p{L}\p{Ll}+)?(?![\p{L}\d'’@])")]
    private static partial Regex AnyCaseWord();

    [GeneratedRegex(@"\G\p{Ll}+(?![\p{L}\d])")]
    private static partial Regex LowerWord();

    [GeneratedRegex(@"\G[ \t]+")]
    private static partial Regex Gap();
}
