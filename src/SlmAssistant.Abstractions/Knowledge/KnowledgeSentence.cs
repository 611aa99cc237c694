namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>One sentence of a chunk (a table row reads as one), embedded at ingestion so answers are composed from it.</summary>
/// <param name="Index">0-based position in its chunk.</param>
/// <param name="Embedding">The vector of the sentence with its section heading; empty when not stored.</param>
public sealed record KnowledgeSentence(int Index, string Text, SentenceTraits Traits, ReadOnlyMemory<float> Embedding)
{
    /// <summary>What a sentence is embedded as: its nearest heading gives it its subject ("Electronics: 30 days").</summary>
    public static string EmbeddingText(string title, string sectionPath, string sentence)
    {
        ArgumentNullException.ThrowIfNull(sectionPath);
        var separator = sectionPath.LastIndexOf(" > ", StringComparison.Ordinal);
        var heading = sectionPath.Length == 0 ? title : separator < 0 ? sectionPath : sectionPath[(separator + 3)..];
        return $"{heading}: {sentence}";
    }
}
