using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Ingestion.Chunking;

/// <summary>
/// Keeps a chunk's title and section path within a share of the budget so there is room for text: absurdly long
/// headings are shortened and the outermost headings dropped first.
/// </summary>
internal sealed class ChunkHeading(ITokenCounter counter, int maxTokens)
{
    private static readonly int[] WordLimits = [16, 8, 4, 2, 1];

    public Fitted Fit(string title, IReadOnlyList<string> path)
    {
        var fitted = new Fitted(title, path);
        foreach (var limit in WordLimits)
        {
            while (!Fits(fitted) && fitted.Path.Count > 1)
            {
                fitted = fitted with { Path = fitted.Path.Skip(1).ToArray() };
            }

            if (Fits(fitted))
            {
                return fitted;
            }

            fitted = new Fitted(Shorten(fitted.Title, limit), fitted.Path.Select(heading => Shorten(heading, limit)).ToArray());
        }

        return Fits(fitted) ? fitted : new Fitted(Shorten(title, 1), []);
    }

    private bool Fits(Fitted heading) =>
        counter.CountTokens(ChunkDraft.ComposeEmbeddingText(heading.Title, heading.Path, string.Empty)) <= maxTokens;

    private static string Shorten(string text, int words)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? text : string.Join(' ', parts.Take(words)) + "\u2026";
    }

    public sealed record Fitted(string Title, IReadOnlyList<string> Path);
}
