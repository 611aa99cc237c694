using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Abstractions.Routing;

/// <summary>Decides the route of a user turn from the text and the retrieval evidence already gathered for it.</summary>
public interface IAnswerRouter
{
    Task<RouteDecision> RouteAsync(string text, IReadOnlyList<SearchHit> evidence, CancellationToken cancellationToken = default);
}
