using System.Data;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Retrieval.Store.Postgres;

/// <summary>
/// Phrase lookups (the words in order, with the keyword index's own stemming: <c>phraseto_tsquery</c>) and spelling
/// corrections against the knowledge's own words (<see cref="SpellingVocabulary"/>, rebuilt when the generation moves).
/// </summary>
public sealed partial class PostgresKnowledgeStore
{
    private readonly SemaphoreSlim _spellingLock = new(1, 1);
    private SpellingVocabulary? _spelling;

    public Task<IReadOnlyList<bool>> ContainsAsync(IReadOnlyList<string> phrases, CancellationToken cancellationToken = default) =>
        ContainsAsync(phrases, domain: null, cancellationToken);

    public async Task<IReadOnlyList<bool>> ContainsAsync(IReadOnlyList<string> phrases, string? domain, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var found = new bool[phrases.Count];
        if (phrases.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = domain is null
            ? "SELECT EXISTS (SELECT 1 FROM chunks c WHERE c.search @@ phraseto_tsquery('english', @phrase))"
            : "SELECT EXISTS (SELECT 1 FROM chunks c WHERE c.search @@ phraseto_tsquery('english', @phrase) AND c.domain = @domain)";
        var phrase = command.Parameters.Add(new Npgsql.NpgsqlParameter("phrase", NpgsqlTypes.NpgsqlDbType.Text));
        command.Parameters.AddWithValue("domain", (object?)domain ?? DBNull.Value);
        for (var i = 0; i < phrases.Count; i++)
        {
            var words = string.Join(' ', Words(phrases[i]));
            if (words.Length == 0)
            {
                continue;
            }

            phrase.Value = words;
            found[i] = await command.ExecuteScalarAsync(cancellationToken) is true;
        }

        return found;
    }

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

    /// <summary>Letters and digits of a phrase, in order, so that no tsquery syntax reaches the parser.</summary>
    private static IEnumerable<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{N}\p{Mn}]+").Where(w => w.Length > 0);

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
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var snapshot = await ReadGenerationAsync(connection, transaction, cancellationToken);
            var texts = new List<(string, string)>();
            await using (var command = PostgresStoreRows.Command(connection, "SELECT domain, title || ' ' || section_path || ' ' || text FROM chunks", transaction))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    texts.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            await transaction.CommitAsync(cancellationToken);
            _spelling = new SpellingVocabulary(snapshot, texts);
            return _spelling;
        }
        finally
        {
            _spellingLock.Release();
        }
    }
}
