namespace SlmAssistant.Abstractions.Documents;

/// <summary>Splits an extracted document into chunks that fit the embedding model's token budget.</summary>
public interface IChunker
{
    IReadOnlyList<ChunkDraft> Chunk(ExtractedDocument document);
}
