using System.Collections.Concurrent;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Tests.Support;

/// <summary>
/// Returns hits the test constructed (those of the requested domain), and records what was searched. Used only for
/// tests of the answering path, where the hits are the input under control: retrieval itself (SQLite store, hybrid
/// search, embeddings) is tested with the real store in the Retrieval tests, on the branch that owns it.
/// </summary>
internal sealed class FixedKnowledgeSearch(IReadOnlyList<SearchHit> hits) : IKnowledgeSearch
{
    public ConcurrentQueue<SearchRequest> Requests { get; } = new();

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        IReadOnlyList<SearchHit> found = [.. hits.Where(hit => request.Filter?.Domain is not { } domain || hit.Chunk.Domain == domain).Take(request.Top)];
        return Task.FromResult(found);
    }
}
