namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>
/// Durable store of documents, chunks, keyword index and vectors. Writes of one document are atomic:
/// readers see either the old chunks or the new ones, never a mix.
/// </summary>
public interface IKnowledgeStore
{
    Task<KnowledgeDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    Task<KnowledgeDocument?> FindBySourceAsync(string source, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<KnowledgeDocument>> ListDocumentsAsync(SearchFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Inserts the document or replaces it and all its chunks, in one transaction.</summary>
    Task ReplaceDocumentAsync(KnowledgeDocument document, IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken = default);

    Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<KnowledgeChunk>> GetChunksAsync(string documentId, CancellationToken cancellationToken = default);

    Task<int> CountChunksAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored sentences of each chunk (by chunk id), with their vectors; a chunk stored without them has none.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<KnowledgeSentence>>> GetSentencesAsync(
        IReadOnlyCollection<string> chunkIds, CancellationToken cancellationToken = default);

    /// <summary>BM25 over the full-text index; the query is free text (no query syntax is exposed to users).</summary>
    Task<IReadOnlyList<ScoredChunk>> KeywordSearchAsync(string query, SearchFilter filter, int top, CancellationToken cancellationToken = default);

    /// <summary>Cosine similarity against every stored vector that passes the filter.</summary>
    Task<IReadOnlyList<ScoredChunk>> VectorSearchAsync(ReadOnlyMemory<float> query, SearchFilter filter, int top, CancellationToken cancellationToken = default);
}
