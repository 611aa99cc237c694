using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Retrieval.Store;

/// <summary>Column lists and the mapping between rows and the Abstractions records.</summary>
internal static class StoreRows
{
    public const string DocumentColumns =
        "d.id, d.source, d.title, d.domain, d.format, d.content_hash, d.size, d.chunk_count, d.page_count, d.ingested_at, d.tags, d.url, d.pipeline_version, d.origin";

    /// <summary>Chunk columns without the embedding; <c>c.embedding</c> may follow as the last column.</summary>
    public const string ChunkColumns = "c.seq, c.id, c.document_id, c.idx, c.text, c.title, d.source, d.domain, c.section_path, c.page, d.url";

    /// <summary>How many columns <see cref="ChunkColumns"/> names: the ordinal of whatever a query selects after them.</summary>
    public const int ChunkColumnCount = 11;

    public static KnowledgeDocument ReadDocument(SqliteDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            Enum.TryParse<DocumentFormat>(reader.GetString(4), out var format) ? format : DocumentFormat.Unknown,
            reader.GetString(5),
            reader.GetInt64(6),
            reader.GetInt32(7),
            DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind))
        {
            PageCount = reader.IsDBNull(8) ? null : reader.GetInt32(8),
            Tags = ParseTags(reader.GetString(10)),
            Url = reader.IsDBNull(11) ? null : reader.GetString(11),
            PipelineVersion = reader.GetInt32(12),
            Origin = reader.IsDBNull(13) ? null : reader.GetString(13),
        };

    /// <summary>Reads <see cref="ChunkColumns"/> (and the embedding, when it is the next column).</summary>
    public static KnowledgeChunk ReadChunk(SqliteDataReader reader, bool withEmbedding) =>
        new(
            reader.GetString(1),
            reader.GetString(2),
            reader.GetInt32(3),
            reader.GetString(4),
            reader.GetString(5),
            reader.GetString(6),
            reader.GetString(7),
            reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetInt32(9),
            withEmbedding && !reader.IsDBNull(ChunkColumnCount) ? EmbeddingBlob.FromBlob(reader.GetFieldValue<byte[]>(ChunkColumnCount)) : ReadOnlyMemory<float>.Empty)
        {
            Url = reader.IsDBNull(10) ? null : reader.GetString(10),
        };

    public static string FormatTime(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string FormatTags(IReadOnlyDictionary<string, string> tags) =>
        JsonSerializer.Serialize(tags.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Value));

    public static IReadOnlyDictionary<string, string> ParseTags(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    /// <summary>
    /// SQL conditions (to AND into a WHERE clause over documents aliased <c>d</c>) for a filter; its values are bound
    /// as parameters on <paramref name="command"/>, never spliced into the SQL.
    /// </summary>
    public static string FilterConditions(SearchFilter filter, SqliteCommand command)
    {
        var conditions = new List<string>();
        if (filter.Domain is not null)
        {
            conditions.Add("d.domain = $domain");
            command.Parameters.AddWithValue("$domain", filter.Domain);
        }

        var i = 0;
        foreach (var (key, value) in filter.Tags ?? new Dictionary<string, string>())
        {
            conditions.Add($"EXISTS (SELECT 1 FROM json_each(d.tags) WHERE json_each.key = $tag_key{i} AND json_each.value = $tag_value{i})");
            command.Parameters.AddWithValue($"$tag_key{i}", key);
            command.Parameters.AddWithValue($"$tag_value{i}", value);
            i++;
        }

        return conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
    }
}
