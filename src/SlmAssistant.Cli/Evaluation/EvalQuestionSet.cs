using System.Text.Json;

namespace SlmAssistant.Cli.Evaluation;

/// <summary>Loads every *.jsonl file of a folder of evaluation questions (the repository's tests/eval by default).</summary>
public static class EvalQuestionSet
{
    public const string DefaultDirectory = "tests/eval";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<EvalQuestion> Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Question folder '{Path.GetFullPath(directory)}' does not exist.");
        }

        var questions = new List<EvalQuestion>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    var question = JsonSerializer.Deserialize<EvalQuestion>(line, JsonOptions)
                        ?? throw new InvalidDataException("empty line");
                    questions.Add(question with { FileName = Path.GetFileName(file) });
                }
                catch (JsonException ex)
                {
                    throw new InvalidDataException($"{file}:{lineNumber}: {ex.Message}", ex);
                }
            }
        }

        return questions;
    }
}
