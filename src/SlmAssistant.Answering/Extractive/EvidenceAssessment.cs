using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Extractive;

/// <summary>How strongly the retrieved chunks support answering at all.</summary>
/// <param name="BestSimilarity">Cosine similarity of the best chunk to the query (0 when no vector hit).</param>
/// <param name="Confidence">0..1, scaled between the weak and strong thresholds.</param>
public sealed record EvidenceAssessment(double BestSimilarity, double Confidence, bool IsSufficient)
{
    public static EvidenceAssessment Assess(IReadOnlyList<SearchHit> hits, AnsweringOptions options)
    {
        var best = hits.Count == 0 ? 0 : hits.Max(h => h.VectorScore ?? 0);
        var span = Math.Max(1e-6, options.StrongEvidence - options.MinEvidence);
        var confidence = Math.Clamp((best - options.MinEvidence) / span, 0, 1);
        return new EvidenceAssessment(best, Math.Round(confidence, 3), best >= options.MinEvidence);
    }
}
