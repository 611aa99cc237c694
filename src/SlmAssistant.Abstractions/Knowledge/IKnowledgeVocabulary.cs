namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>
/// Which words and phrases the indexed knowledge contains, with the keyword index's own tokenisation and stemming.
/// The router uses it to notice names the documents never mention (another company, another clinic).
/// </summary>
public interface IKnowledgeVocabulary
{
    /// <summary>For each phrase, whether some chunk contains it (its words in order); a phrase with no word is false.</summary>
    Task<IReadOnlyList<bool>> ContainsAsync(IReadOnlyList<string> phrases, CancellationToken cancellationToken = default);

    /// <summary>For each phrase, whether some chunk of <paramref name="domain"/> contains it; any domain when null.</summary>
    Task<IReadOnlyList<bool>> ContainsAsync(IReadOnlyList<string> phrases, string? domain, CancellationToken cancellationToken = default);

    /// <summary>
    /// Misspellings among <paramref name="words"/> mapped to the word the knowledge uses ("reciept" → "receipt"); words
    /// the knowledge contains, and words with nothing close, are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> CorrectAsync(IReadOnlyCollection<string> words, CancellationToken cancellationToken = default);

    /// <summary>Every word (lower-case) of one domain's documents, every domain's when null, as of one version of the store.</summary>
    Task<VocabularySnapshot> WordsAsync(string? domain, CancellationToken cancellationToken = default);
}
