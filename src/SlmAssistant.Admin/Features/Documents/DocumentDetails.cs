using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Admin.Features.Documents;

/// <summary>A document with its chunks (text and citation data; vectors left out).</summary>
public sealed record DocumentDetails(DocumentRow Document, IReadOnlyList<ChunkView> Chunks, IReadOnlyDictionary<string, string> Tags)
{
    public static ChunkView ToView(KnowledgeChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        return new ChunkView(chunk.Id, chunk.Index, chunk.SectionPath.Length == 0 ? null : chunk.SectionPath, chunk.Page, chunk.Text, chunk.Embedding.Length);
    }
}
