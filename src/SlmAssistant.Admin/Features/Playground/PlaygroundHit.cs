using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Admin.Features.Playground;

/// <summary>A retrieved chunk with the fused score and what each retriever gave it.</summary>
public sealed record PlaygroundHit(
    int Rank,
    string DocumentId,
    string Title,
    string Source,
    string? Section,
    int? Page,
    string Domain,
    double Score,
    double? KeywordScore,
    double? VectorScore,
    string Text)
{
    public static PlaygroundHit From(SearchHit hit, int rank)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var citation = hit.Citation;
        return new PlaygroundHit(rank, citation.DocumentId, citation.Title, citation.Source, citation.Section, citation.Page, hit.Chunk.Domain,
            hit.Score, hit.KeywordScore, hit.VectorScore, hit.Chunk.Text);
    }
}
