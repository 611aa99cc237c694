namespace SlmAssistant.Cli.Evaluation;

/// <summary>Case-insensitive containment on text folded the way extraction folds it (whitespace, quotes, dashes).</summary>
public static class TextMatch
{
    public static bool Contains(string text, string fact) =>
        Normalize(text).Contains(Normalize(fact), StringComparison.OrdinalIgnoreCase);

    public static string Normalize(string text) =>
        string.Join(' ', text
            .Replace("\u2014", " - ", StringComparison.Ordinal).Replace("\u2013", "-", StringComparison.Ordinal)
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
