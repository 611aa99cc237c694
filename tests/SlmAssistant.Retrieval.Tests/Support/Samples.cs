using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Retrieval.Tests.Support;

/// <summary>Documents and chunks for store tests.</summary>
public static class Samples
{
    public static readonly DateTimeOffset IngestedAt = new(2026, 11, 24, 10, 30, 0, TimeSpan.FromHours(1));

    public static KnowledgeDocument Document(
        string id, string? domain = null, IReadOnlyDictionary<string, string>? tags = null, string? source = null, string? title = null) =>
        new(id, source ?? $"knowledge/{id}.md", title ?? $"Title of {id}", domain ?? "general", Abstractions.Documents.DocumentFormat.Markdown, $"hash-{id}", 1234, 0, IngestedAt)
        {
            Tags = tags ?? new Dictionary<string, string>(),
        };

    public static KnowledgeChunk Chunk(KnowledgeDocument document, int index, string text, float[]? embedding = null, string section = "") =>
        new(
            KnowledgeChunk.MakeId(document.Id, index),
            document.Id,
            index,
            text,
            document.Title,
            document.Source,
            document.Domain,
            section,
            index + 1,
            embedding ?? UnitVector(index));

    /// <summary>A 4-dimensional unit vector along one axis, or a mix when <paramref name="weights"/> are given.</summary>
    public static float[] UnitVector(int axis, params float[] weights)
    {
        var vector = weights.Length == 4 ? (float[])weights.Clone() : new float[4];
        if (weights.Length != 4)
        {
            vector[axis % 4] = 1;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return vector.Select(v => v / norm).ToArray();
    }
}
