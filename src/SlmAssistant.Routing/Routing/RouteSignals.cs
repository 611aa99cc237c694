using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Routing.Routing;

/// <summary>Everything the routing rules look at for one turn, gathered once.</summary>
/// <param name="Similarities">Similarity of the turn to each exemplar label.</param>
/// <param name="ClosestLabel">The most similar label; null for an empty turn.</param>
/// <param name="Evidence">Cosine of the best retrieved chunk (<see cref="SearchHit.VectorScore"/>); 0 without hits.</param>
/// <param name="HasEvidence">Whether any hit with a vector score was passed in.</param>
/// <param name="EvidenceDomain">Domain of that chunk.</param>
/// <param name="EmergencyPhrase">What <see cref="EmergencyScreen"/> matched, or null.</param>
/// <param name="HandoffPhrase">What <see cref="HandoffScreen"/> matched, or null.</param>
/// <param name="Words">Words in the turn.</param>
/// <param name="UnfamiliarName">A proper name the turn mentions (<see cref="NameCandidates"/>) that the knowledge never does, or null.</param>
/// <param name="TaskRequest">What <see cref="TaskRequestScreen"/> matched (a request to write or translate something), or null.</param>
/// <param name="Courtesy">What <see cref="CourtesyScreen"/> matched (a turn of thanks, greetings or goodbyes only), or null.</param>
public sealed record RouteSignals(
    IReadOnlyDictionary<string, double> Similarities,
    string? ClosestLabel,
    double Evidence,
    bool HasEvidence,
    string? EvidenceDomain,
    string? EmergencyPhrase,
    string? HandoffPhrase,
    int Words,
    string? UnfamiliarName = null,
    string? TaskRequest = null,
    string? Courtesy = null)
{
    public double ClosestSimilarity => ClosestLabel is null ? 0 : Similarities[ClosestLabel];

    public double Similarity(string label) => Similarities.GetValueOrDefault(label);

    /// <param name="classification">The turn classified against the exemplars; null for an empty turn.</param>
    /// <param name="unfamiliarName">A name the knowledge never mentions, or null.</param>
    public static RouteSignals Gather(
        string text, ScopeClassification? classification, IReadOnlyList<string> labels, IReadOnlyList<SearchHit> evidence, string? unfamiliarName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(evidence);
        var similarities = new Dictionary<string, double>(StringComparer.Ordinal);
        if (classification is not null)
        {
            for (var i = 0; i < labels.Count; i++)
            {
                similarities[labels[i]] = classification.LabelScores[i];
            }
        }

        var best = evidence.Where(h => h.VectorScore is not null).MaxBy(h => h.VectorScore);
        return new RouteSignals(
            similarities,
            classification?.Label,
            best?.VectorScore ?? 0,
            best is not null,
            best?.Chunk.Domain,
            EmergencyScreen.Match(text),
            HandoffScreen.Match(text),
            TextNormaliser.WordCount(text),
            unfamiliarName,
            TaskRequestScreen.Match(text),
            CourtesyScreen.Match(text));
    }
}
