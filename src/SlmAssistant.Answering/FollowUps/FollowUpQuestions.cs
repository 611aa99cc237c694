using System.Text.Json;

namespace SlmAssistant.Answering.FollowUps;

/// <summary>Cleans candidate follow-up questions: trimmed, no repeats, not the question just asked, at most <see cref="Max"/>.</summary>
public static class FollowUpQuestions
{
    public const int Max = 3;

    public static IReadOnlyList<string> Select(IEnumerable<string?> candidates, string asked)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var seen = new HashSet<string>(StringComparer.Ordinal) { Key(asked) };
        var selected = new List<string>();
        foreach (var candidate in candidates)
        {
            var text = candidate?.Trim();
            if (!string.IsNullOrEmpty(text) && seen.Add(Key(text)))
            {
                selected.Add(text);
                if (selected.Count == Max)
                {
                    break;
                }
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

    // "What is the fee?" and "what is the fee" are the same question.
    private static string Key(string question) =>
        string.Concat(question.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
