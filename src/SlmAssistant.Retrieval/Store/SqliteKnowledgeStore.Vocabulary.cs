using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Retrieval.Store;

/// <summary>Phrase lookups in the keyword index: one FTS5 phrase query per phrase, an index probe each.</summary>
public sealed partial class SqliteKnowledgeStore : IKnowledgeVocabulary
{
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
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM chunks_fts WHERE chunks_fts MATCH $match)";
        var match = command.Parameters.Add("$match", Microsoft.Data.Sqlite.SqliteType.Text);
        for (var i = 0; i < phrases.Count; i++)
        {
            if (FtsQuery.Phrase(phrases[i]) is not { } phrase)
            {
                continue;
            }

            match.Value = FtsQuery.Phrase(domain) is { } inDomain
                ? $"{{title section_path text}} : {phrase} AND domain : {inDomain}"
                : $"{{title section_path text}} : {phrase}";
            found[i] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }

        return found;
    }
}
