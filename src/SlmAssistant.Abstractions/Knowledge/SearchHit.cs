namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>One fused result. <paramref name="Score"/> is the fused score; the per-retriever scores explain it.</summary>
/// <param name="KeywordScore">BM25 score, when the keyword retriever found the chunk.</param>
/// <param name="VectorScore">Cosine similarity, when the vector retriever found the chunk.</param>
public sealed record SearchHit(KnowledgeChunk Chunk, double Score, double? KeywordScore, double? VectorScore)
{
    public Citation Citation => Chunk.ToCitation();
}
