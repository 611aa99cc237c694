using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Extractive;

/// <summary>One sentence an answer may quote, with where it comes from and how it scores against the question.</summary>
/// <param name="HitRank">0 for the best retrieved chunk.</param>
/// <param name="Similarity">Cosine of the sentence (with its heading) and the question.</param>
/// <param name="Coverage">Weighted share of the question's focus words the sentence (or, at half weight, its heading) names.</param>
/// <param name="HoldsSlot">Whether it states a fact of the kind asked for (a duration, an amount …).</param>
public sealed record SentenceCandidate(
    SearchHit Hit,
    int HitRank,
    KnowledgeSentence Sentence,
    double Similarity,
    double Coverage,
    bool HoldsSlot)
{
    public double Score { get; init; }

    public string Text => Sentence.Text;

    public bool Is(SentenceTraits trait) => (Sentence.Traits & trait) != 0;
}
