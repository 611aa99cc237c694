namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>
/// Ordinary words of the language: a word the documents never use but that is one of these ("guns", "treadmill") is
/// asked on purpose and must not be "corrected" into a word they do use ("runs"); only a slip ("windo") is.
/// </summary>
public interface ICommonWords
{
    /// <summary>Whether <paramref name="word"/> (lower case) is an ordinary word rather than a misspelling.</summary>
    bool IsWord(string word);
}
