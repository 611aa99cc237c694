using System.Collections.Concurrent;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Admin.Tests.Support;

/// <summary>The real store, with a count of how often each source was written, to prove nothing is ingested twice.</summary>
public sealed class CountingKnowledgeStore(IKnowledgeStore inner, ConcurrentDictionary<string, int> writes) : IKnowledgeStore
{
    public Task ReplaceDocumentAsync(KnowledgeDocument document, IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        writes.AddOrUpdate(document.Source, 1, (_, n) => n + 1);
        return inner.ReplaceDocumentAsync(document, chunks, cancellationToken);
    }

    public Task<KnowledgeDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) => inner.GetDocumentAsync(documentId, cancellationToken);

    public Task<KnowledgeDocument?> FindBySourceAsync(string source, CancellationToken cancellationToken = default) => inner.FindBySourceAsync(source, cancellationToken);

    public Task<IReadOnlyList<KnowledgeDocument>> ListDocumentsAsync(SearchFilter? filter = null, CancellationToken cancellationToken = default) => inner.ListDocumentsAsync(filter, cancellationToken);

    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) => inner.DeleteDocumentAsync(documentId, cancellationToken);

    public Task<IReadOnlyList<KnowledgeChunk>> GetChunksAsync(string documentId, CancellationToken cancellationToken = default) => inner.GetChunksAsync(documentId, cancellationToken);

    public Task<int> CountChunksAsync(CancellationToken cancellationToken = default) => inner.CountChunksAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<KnowledgeSentence>>> GetSentencesAsync(
        IReadOnlyCollection<string> chunkIds, CancellationToken cancellationToken = default) => inner.GetSentencesAsync(chunkIds, cancellationToken);

    public Task<IReadOnlyList<ScoredChunk>> KeywordSearchAsync(string query, SearchFilter filter, int top, CancellationToken cancellationToken = default) =>
        inner.KeywordSearchAsync(query, filter, top, cancellationToken);

    public Task<IReadOnlyList<ScoredChunk>> VectorSearchAsync(ReadOnlyMemory<float> query, SearchFilter filter, int top, CancellationToken cancellationToken = default) =>
        inner.VectorSearchAsync(query, filter, top, cancellationToken);
}
