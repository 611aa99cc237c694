using System.Text.Json;
using SlmAssistant.TestKit;

namespace SlmAssistant.Routing.Tests.Redaction;

public sealed record PersonalDataQuestion(string Id, string Question, IReadOnlyList<PersonalDataValue> Pii)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<PersonalDataQuestion> Load() =>
        File.ReadLines(Path.Combine(RepositoryPaths.EvalQuestions, "personal-data.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<PersonalDataQuestion>(line, Json)!)
            .ToList();

    public override string ToString() => Id;
}
