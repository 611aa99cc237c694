using System.Text.Json;
using SlmAssistant.Answering.Extractive;

namespace SlmAssistant.Answering.FollowUps;

/// <summary>
/// Cleans candidate follow-up questions: trimmed, short enough for a suggestion button, no question that repeats another
/// or the one just asked (in other words too: "How do I get a refill?" after "How do I request a refill?"), at most
/// <see cref="Max"/>.
/// </summary>
public static class FollowUpQuestions
{
    public const int Max = 3;

    /// <summary>Longer titles are cut on Teams' and Web Chat's suggestion buttons (about 34 characters).</summary>
    public const int MaxLength = 34;

    // Two questions whose content words overlap this much (Jaccard) ask the same thing.
    private const double SameQuestionOverlap = 0.5;

    public static IReadOnlyList<string> Select(IEnumerable<string?> candidates, string asked) => Select(candidates, [asked]);

    /// <param name="asked">The question just asked and the customer's earlier ones: none is suggested again.</param>
    public static IReadOnlyList<string> Select(IEnumerable<string?> candidates, IReadOnlyCollection<string> asked)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(asked);
        var taken = asked.Select(QueryTerms.Of).ToList();
        var seen = asked.Select(Key).ToHashSet(StringComparer.Ordinal);
        var selected = new List<string>();
        foreach (var candidate in candidates)
        {
            var text = candidate?.Trim();
            if (string.IsNullOrEmpty(text) || text.Length > MaxLength || !seen.Add(Key(text)))
            {
                continue;
            }

            var terms = QueryTerms.Of(text);
            if (taken.Any(t => Jaccard(t, terms) >= SameQuestionOverlap))
            {
                continue;
            }

            taken.Add(terms);
            selected.Add(text);
            if (selected.Count == Max)
            {
                break;
            }
        }

        return selected;
    }

    /// <summary>Reads <c>{"questions": ["...", ...]}</c>, the shape the FollowUps prompt's JSON schema enforces.</summary>
    /// <exception cref="JsonException">The text is not that JSON.</exception>
    public static IReadOnlyList<string> Parse(string json, string asked)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("questions", out var questions) || questions.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The reply has no \"questions\" array.");
        }

        return Select(questions.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()), asked);
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }

    // "What is the fee?" and "what is the fee" are the same question.
    private static string Key(string question) =>
        string.Concat(question.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
