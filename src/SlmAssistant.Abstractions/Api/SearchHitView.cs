using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Abstractions.Api;

/// <summary>A search hit as the HTTP API and `slm search --json` show it.</summary>
public sealed record SearchHitView(
    string DocumentId,
    string Source,
    string Title,
    string? Section,
    int? Page,
    string Domain,
    double Score,
    double? KeywordScore,
    double? VectorScore,
    string Text)
{
    public static SearchHitView From(SearchHit hit) => new(
        hit.Chunk.DocumentId,
        hit.Chunk.Source,
        hit.Chunk.Title,
        hit.Chunk.SectionPath.Length == 0 ? null : hit.Chunk.SectionPath,
        hit.Chunk.Page,
        hit.Chunk.Domain,
        Math.Round(hit.Score, 6),
        hit.KeywordScore is double k ? Math.Round(k, 4) : null,
        hit.VectorScore is double v ? Math.Round(v, 4) : null,
        hit.Chunk.Text);
}
