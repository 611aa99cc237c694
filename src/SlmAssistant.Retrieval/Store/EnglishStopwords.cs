namespace SlmAssistant.Retrieval.Store;

/// <summary>
/// Words too common to say anything about a passage (Lucene's English list plus question words and pronouns, which
/// customer questions are full of). Dropping them keeps BM25 from rewarding "how do I" matches.
/// </summary>
internal static class EnglishStopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with", "i", "me", "my", "we", "our", "you", "your", "he", "she", "him", "her", "his", "its", "them",
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "do", "does", "did", "can", "could",
        "would", "should", "shall", "may", "might", "must", "have", "has", "had", "been", "being", "am", "were",
        "so", "than", "too", "very", "just", "about", "from", "up", "out", "any", "all", "some",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
