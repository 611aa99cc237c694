namespace SlmAssistant.Abstractions.Documents;

/// <summary>A chunk as produced by the chunker, before it has an embedding or an id.</summary>
/// <param name="Index">0-based position of the chunk in its document.</param>
/// <param name="Text">The chunk's own text (what is shown and cited).</param>
/// <param name="SectionPath">Headings above the chunk, outermost first.</param>
/// <param name="Page">1-based page of the chunk's first block, for paged formats.</param>
/// <param name="TokenCount">Tokens of <see cref="EmbeddingText"/> measured with the embedding model's tokenizer.</param>
public sealed record ChunkDraft(int Index, string Text, string Title, IReadOnlyList<string> SectionPath, int? Page, int TokenCount)
{
    /// <summary>What gets embedded: the title and section path give the chunk its context.</summary>
    public string EmbeddingText => ComposeEmbeddingText(Title, SectionPath, Text);

    /// <summary>The chunk's sentences in order (what the chunker packed); together they make up <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Sentences { get; init; } = [];

    public static string ComposeEmbeddingText(string title, IReadOnlyList<string> sectionPath, string text)
    {
        var heading = sectionPath.Count == 0 ? title : $"{title} > {string.Join(" > ", sectionPath)}";
        return $"{heading}\n{text}";
    }
}
