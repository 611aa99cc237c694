namespace SlmAssistant.Retrieval.Store.Vectors;

/// <summary>A chunk's row key (<c>chunks.seq</c>) and vector, as loaded into or appended to the index.</summary>
internal readonly record struct IndexedChunk(long Seq, ReadOnlyMemory<float> Vector);
