namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>The words of the knowledge as of <paramref name="Generation"/> (the store's change counter).</summary>
public sealed record VocabularySnapshot(long Generation, IReadOnlyCollection<string> Words);
