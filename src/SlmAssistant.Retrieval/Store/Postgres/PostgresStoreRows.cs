using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Retrieval.Store.Postgres;

/// <summary>The mapping between PostgreSQL rows and the Abstractions records (the column lists are <see cref="StoreRows"/>'s).</summary>
internal static class PostgresStoreRows
{
    public static KnowledgeDocument ReadDocument(NpgsqlDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            Enum.TryParse<DocumentFormat>(reader.GetString(4), out var format) ? format : DocumentFormat.Unknown,
            reader.GetString(5),
            reader.GetInt64(6),
            reader.GetInt32(7),
            reader.GetFieldValue<DateTimeOffset>(9))
        {
            PageCount = reader.IsDBNull(8) ? null : reader.GetInt32(8),
            Tags = StoreRows.ParseTags(reader.GetString(10)),
            Url = reader.IsDBNull(11) ? null : reader.GetString(11),
            PipelineVersion = reader.GetInt32(12),
            Origin = reader.IsDBNull(13) ? null : reader.GetString(13),
        };

    /// <summary>Reads <see cref="StoreRows.ChunkColumns"/> (and the embedding, when it is the next column).</summary>
    public static KnowledgeChunk ReadChunk(NpgsqlDataReader reader, bool withEmbedding) =>
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
            withEmbedding && !reader.IsDBNull(StoreRows.ChunkColumnCount)
                ? EmbeddingBlob.FromBlob(reader.GetFieldValue<byte[]>(StoreRows.ChunkColumnCount))
                : ReadOnlyMemory<float>.Empty)
        {
            Url = reader.IsDBNull(10) ? null : reader.GetString(10),
        };

    /// <summary>
    /// SQL conditions (to AND into a WHERE clause over documents aliased <c>d</c>) for a filter; values are bound as
    /// parameters on <paramref name="command"/>. Tags are one JSONB containment test.
    /// </summary>
    public static string FilterConditions(SearchFilter filter, NpgsqlCommand command)
    {
        var conditions = new List<string>();
        if (filter.Domain is not null)
        {
            conditions.Add("d.domain = @domain");
            command.Parameters.AddWithValue("domain", filter.Domain);
        }

        if (filter.Tags is { Count: > 0 } tags)
        {
            conditions.Add("d.tags @> @tags");
            command.Parameters.Add(new NpgsqlParameter("tags", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(tags) });
        }

        return conditions.Count == 0 ? "TRUE" : string.Join(" AND ", conditions);
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static async Task<T?> ScalarAsync<T>(
        NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, transaction, parameters);
        return await command.ExecuteScalarAsync(cancellationToken) is T value ? value : default;
    }
}
