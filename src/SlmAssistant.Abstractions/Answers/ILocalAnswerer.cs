using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Abstractions.Answers;

/// <summary>
/// Answers from the knowledge on this machine: one retrieval per turn, whose hits the orchestration also hands the
/// router as evidence, then the local answer (extractive, or the local model's) composed from those same hits.
/// </summary>
public interface ILocalAnswerer
{
    /// <summary>The turn as it is searched and routed: an elliptical follow-up ("and for laptops?") with its subject.</summary>
    string QueryFor(AnswerRequest request);

    /// <summary>The passages for <see cref="QueryFor"/>.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(AnswerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Streams the answer composed from <paramref name="hits"/>; the last update carries the final result.</summary>
    IAsyncEnumerable<AnswerUpdate> StreamAnswerAsync(AnswerRequest request, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken = default);
}
