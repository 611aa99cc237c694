using System.Text.Json;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>Reads routing questions from JSON Lines with <c>question</c>, <c>category</c>, <c>expectedRoute</c> (and <c>id</c>).</summary>
public static class RoutingQuestionFile
{
    /// <summary>In-domain questions the documents do not answer (unanswerable.jsonl): no single route is expected.</summary>
    public const string Unanswerable = "unanswerable";

    /// <summary>Every <c>*.jsonl</c> in a folder, in file-name order.</summary>
    public static IReadOnlyList<RoutingQuestion> LoadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(Load).ToList();

    public static IReadOnlyList<RoutingQuestion> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var questions = new List<RoutingQuestion>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (!root.TryGetProperty("question", out _) && root.TryGetProperty("turns", out _))
                {
                    continue; // a multi-turn case (follow-ups.jsonl), not a single routed question
                }

                if (root.TryGetProperty("category", out var category) && category.GetString() == Unanswerable)
                {
                    continue; // answerability is scored on the answers (abstain or escalate), not on one expected route
                }

                questions.Add(new RoutingQuestion(
                    root.TryGetProperty("id", out var id) ? id.GetString() ?? "" : $"{Path.GetFileNameWithoutExtension(path)}:{lineNumber}",
                    Required(root, "question"),
                    Required(root, "category"),
                    Required(root, "expectedRoute")));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: {ex.Message}", ex);
            }
        }

        return questions;
    }

    private static string Required(JsonElement root, string name) =>
        root.GetProperty(name).GetString() ?? throw new InvalidDataException($"\"{name}\" is null.");
}
