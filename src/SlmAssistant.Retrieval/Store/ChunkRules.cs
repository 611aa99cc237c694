using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Retrieval.Store;

/// <summary>What every provider checks before it writes a document's chunks.</summary>
internal static class ChunkRules
{
    public static void Validate(KnowledgeDocument document, IReadOnlyList<KnowledgeChunk> chunks)
    {
        if (chunks.Any(c => c.DocumentId != document.Id))
        {
            throw new ArgumentException($"Every chunk must belong to document '{document.Id}'.", nameof(chunks));
        }

        if (chunks.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() != chunks.Count)
        {
            throw new ArgumentException("Chunk ids must be unique.", nameof(chunks));
        }

        if (chunks.Where(c => !c.Embedding.IsEmpty).Select(c => c.Embedding.Length).Distinct().Count() > 1)
        {
            throw new ArgumentException("All chunk embeddings must have the same number of dimensions.", nameof(chunks));
        }
    }

    /// <summary>Vector search compares every vector with every query, so all of them must share one width.</summary>
    public static void EnsureWidth(IReadOnlyList<KnowledgeChunk> chunks, long? storedBytes)
    {
        var width = chunks.FirstOrDefault(c => !c.Embedding.IsEmpty)?.Embedding.Length;
        if (width is not null && storedBytes is { } bytes && bytes != width * sizeof(float))
        {
            throw new ArgumentException(
                $"The chunks' embeddings have {width} dimensions; the store holds vectors of {bytes / sizeof(float)}.", nameof(chunks));
        }
    }
}
