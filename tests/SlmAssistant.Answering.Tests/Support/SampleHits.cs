using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Tests.Support;

/// <summary>Search hits shaped like the store's, with texts from the repository's knowledge.</summary>
internal static class SampleHits
{
    public static IReadOnlyList<SearchHit> ReturnPolicy { get; } =
    [
        Hit("return-policy", "return-windows", "Return Windows", "Apparel and Footwear", "Apparel and footwear can be returned within 60 days of delivery if unworn, with tags attached."),
        Hit("return-policy", "return-windows", "Return Windows", "Electronics", "Electronics can be returned within 30 days of delivery. Opened electronics must include all accessories."),
        Hit("return-policy", "restocking-fees", "Restocking Fees", "Electronics", "Opened electronics carry a 15% restocking fee unless they arrived defective.", page: 2),
    ];

    public static IReadOnlyList<SearchHit> Medical { get; } =
    [
        Hit("medical", "prescription-refills", "Prescription Refills", "Requesting a Refill", "Refill requests are processed within two business days. Request refills through the patient portal or your pharmacy."),
        Hit("medical", "lab-results", "Lab Results", "When Results Are Ready", "Most lab results are available in the patient portal within three business days.", page: 1),
    ];

    public static SearchHit Hit(string domain, string document, string title, string? section, string text, int? page = null, double similarity = 0.82)
    {
        var chunk = new KnowledgeChunk(
            KnowledgeChunk.MakeId(document, 0),
            document,
            0,
            text,
            title,
            $"knowledge/{domain}/{document}.md",
            domain,
            section ?? string.Empty,
            page,
            ReadOnlyMemory<float>.Empty);
        return new SearchHit(chunk, similarity, 1.0, similarity);
    }

    public static IReadOnlyList<SearchHit> Weaken(IReadOnlyList<SearchHit> hits, double similarity = 0.2) =>
        [.. hits.Select(hit => hit with { Score = similarity, VectorScore = similarity })];
}
