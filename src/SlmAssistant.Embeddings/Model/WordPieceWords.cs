using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Embeddings.Model;

/// <summary>
/// The embedding model's WordPiece vocabulary as a word list: a word that is one whole token of its ~30,000 (English
/// words and common forms) is a real word; a slip such as "windo" or "reciept" splits into pieces.
/// </summary>
public sealed class WordPieceWords(WordPieceTokenizer tokenizer) : ICommonWords
{
    public bool IsWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0 || !word.All(char.IsLetter))
        {
            return false;
        }

        var ids = tokenizer.EncodeToIds(word.ToLowerInvariant());
        return ids.Count == 1 && ids[0] != tokenizer.UnknownTokenId;
    }
}
