namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>
/// Which words and phrases the indexed knowledge contains, with the keyword index's own tokenisation and stemming.
/// The router uses it to notice names the documents never mention (another company, another clinic).
/// </summary>
public interface IKnowledgeVocabulary
{
    /// <summary>For each phrase, whether some chunk contains it (its words in order); a phrase with no word is false.</summary>
    Task<IReadOnlyList<bool>> ContainsAsync(IReadOnlyList<string> phrases, CancellationToken cancellationToken = default);
}
