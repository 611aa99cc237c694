namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>A chunk with the score one retriever gave it (BM25 or cosine); higher is better.</summary>
public sealed record ScoredChunk(KnowledgeChunk Chunk, double Score);
