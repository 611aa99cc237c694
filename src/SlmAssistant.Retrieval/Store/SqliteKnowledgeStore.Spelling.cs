using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Retrieval.Store;

/// <summary>Corrections of misspelt query words against the knowledge's own words, rebuilt when the store changes.</summary>
public sealed partial class SqliteKnowledgeStore
{
    private readonly SemaphoreSlim _spellingLock = new(1, 1);
    private SpellingVocabulary? _spelling;

    public async Task<IReadOnlyDictionary<string, string>> CorrectAsync(IReadOnlyCollection<string> words, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        var corrections = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (words.Count == 0)
        {
            return corrections;
        }

        var vocabulary = await SpellingAsync(cancellationToken);
        foreach (var word in words)
        {
            if (vocabulary.Correct(word) is { } corrected)
            {
                corrections[word] = corrected;
            }
        }

        return corrections;
    }

    public async Task<VocabularySnapshot> WordsAsync(string? domain, CancellationToken cancellationToken = default)
    {
        var vocabulary = await SpellingAsync(cancellationToken);
        return new VocabularySnapshot(vocabulary.Generation, vocabulary.WordsOf(domain));
    }

    /// <summary>The query with each correctable word followed by its correction, so BM25 matches either.</summary>
    private async Task<string> WithCorrectionsAsync(string query, CancellationToken cancellationToken)
    {
        var words = SpellingVocabulary.Words(query).Where(w => w.Length >= SpellingVocabulary.MinLength).Distinct(StringComparer.Ordinal).ToList();
        var corrections = await CorrectAsync(words, cancellationToken);
        return corrections.Count == 0 ? query : $"{query} {string.Join(' ', corrections.Values)}";
    }

    private async Task<SpellingVocabulary> SpellingAsync(CancellationToken cancellationToken)
    {
        long generation;
        await using (var connection = await OpenAsync(cancellationToken))
        {
            generation = await ReadGenerationAsync(connection, null, cancellationToken);
        }

        if (_spelling is { } current && current.Generation >= generation)
        {
            return current;
        }

        await _spellingLock.WaitAsync(cancellationToken);
        try
        {
            if (_spelling is { } loaded && loaded.Generation >= generation)
            {
                return loaded;
            }

            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: true);
            var snapshot = await ReadGenerationAsync(connection, transaction, cancellationToken);
            var texts = new List<(string, string)>();
            await using (var command = connection.Command("SELECT domain, title || ' ' || section_path || ' ' || text FROM chunks", transaction))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    texts.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            _spelling = new SpellingVocabulary(snapshot, texts);
            return _spelling;
        }
        finally
        {
            _spellingLock.Release();
        }
    }
}
