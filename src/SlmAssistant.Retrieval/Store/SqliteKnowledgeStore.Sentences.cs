using System.Text;
using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Retrieval.Store;

/// <summary>Sentences of chunks, read for the few chunks an answer is composed from.</summary>
public sealed partial class SqliteKnowledgeStore
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<KnowledgeSentence>>> GetSentencesAsync(
        IReadOnlyCollection<string> chunkIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunkIds);
        var found = new Dictionary<string, List<KnowledgeSentence>>(StringComparer.Ordinal);
        if (chunkIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<KnowledgeSentence>>();
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = new StringBuilder();
        var i = 0;
        foreach (var id in chunkIds.Distinct(StringComparer.Ordinal))
        {
            names.Append(i == 0 ? string.Empty : ", ").Append("$c").Append(i);
            command.Parameters.AddWithValue($"$c{i++}", id);
        }

        command.CommandText = $"SELECT chunk_id, idx, text, traits, embedding FROM chunk_sentences WHERE chunk_id IN ({names}) ORDER BY chunk_id, idx";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var chunkId = reader.GetString(0);
            if (!found.TryGetValue(chunkId, out var sentences))
            {
                found[chunkId] = sentences = [];
            }

            sentences.Add(new KnowledgeSentence(
                reader.GetInt32(1),
                reader.GetString(2),
                (SentenceTraits)reader.GetInt32(3),
                reader.IsDBNull(4) ? ReadOnlyMemory<float>.Empty : EmbeddingBlob.FromBlob(reader.GetFieldValue<byte[]>(4))));
        }

        return found.ToDictionary(p => p.Key, p => (IReadOnlyList<KnowledgeSentence>)p.Value, StringComparer.Ordinal);
    }
}
