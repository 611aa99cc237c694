using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Extractive;

/// <summary>Quoted sentences with [n] markers; <see cref="Citations"/>[n-1] is the source of marker [n].</summary>
public sealed record ExtractiveAnswer(string Text, IReadOnlyList<Citation> Citations, IReadOnlyList<SearchHit> UsedHits);
