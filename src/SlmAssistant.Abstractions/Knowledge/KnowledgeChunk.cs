namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>A stored chunk with everything a citation needs.</summary>
/// <param name="Id">"{DocumentId}:{Index}".</param>
/// <param name="SectionPath">Headings joined with " > "; empty when the chunk sits above the first heading.</param>
/// <param name="Embedding">The vector of the chunk's embedding text; empty when not loaded.</param>
public sealed record KnowledgeChunk(
    string Id,
    string DocumentId,
    int Index,
    string Text,
    string Title,
    string Source,
    string Domain,
    string SectionPath,
    int? Page,
    ReadOnlyMemory<float> Embedding)
{
    /// <summary>The document's public address, when it has one.</summary>
    public string? Url { get; init; }

    /// <summary>The chunk's sentences with their vectors, when written or read with them; empty otherwise.</summary>
    public IReadOnlyList<KnowledgeSentence> Sentences { get; init; } = [];

    public static string MakeId(string documentId, int index) => $"{documentId}:{index}";

    public Citation ToCitation() => new(DocumentId, Source, Title, SectionPath.Length == 0 ? null : SectionPath, Page) { Url = Url };
}
