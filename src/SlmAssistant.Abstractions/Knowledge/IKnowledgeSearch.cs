namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>Hybrid (keyword + vector) retrieval over the knowledge store.</summary>
public interface IKnowledgeSearch
{
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);
}
