using System.Text.Json;
using Microsoft.Data.Sqlite;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>How an <see cref="IngestionQueueItem"/> is written to and read from admin_ingestion_queue.</summary>
internal static class IngestionQueueRows
{
    public const string Columns =
        "id, kind, source, file_name, domain, blob_id, file_path, size_bytes, format, state, outcome, chunks, error, requested_by, created_at, updated_at, attempts, batch_id, url, tags, warnings";

    /// <summary>The INSERT of a new, queued item.</summary>
    public const string Insert =
        $"INSERT INTO admin_ingestion_queue ({Columns}) VALUES ($id, $kind, $source, $name, $domain, $blob, $path, $size, $format, $state, NULL, 0, NULL, $by, $at, $at, 0, $batch, $url, $tags, NULL)";

    public static (string Name, object? Value)[] InsertParameters(IngestionQueueItem item, string state) =>
    [
        ("$id", item.Id), ("$kind", item.Kind), ("$source", item.Source), ("$name", item.FileName), ("$domain", item.Domain),
        ("$blob", item.BlobId), ("$path", item.FilePath), ("$size", item.SizeBytes), ("$format", item.Format), ("$state", state),
        ("$by", item.RequestedBy), ("$at", item.CreatedAt.ToDbTime()), ("$batch", item.BatchId), ("$url", item.Url), ("$tags", TagsText(item.Tags)),
    ];

    public static string? TagsText(IReadOnlyDictionary<string, string> tags) => tags.Count == 0 ? null : JsonSerializer.Serialize(tags);

    public static string? WarningsText(IReadOnlyList<string>? warnings) => warnings is not { Count: > 0 } ? null : JsonSerializer.Serialize(warnings);

    public static async Task<IReadOnlyList<IngestionQueueItem>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<IngestionQueueItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new IngestionQueueItem(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.ReadNullableString(5), reader.ReadNullableString(6), reader.GetInt64(7), reader.ReadNullableString(8),
                reader.GetString(9), reader.ReadNullableString(10), reader.GetInt32(11), reader.ReadNullableString(12),
                reader.GetString(13), reader.ReadTime(14), reader.ReadTime(15), reader.GetInt32(16))
            {
                BatchId = reader.ReadNullableString(17),
                Url = reader.ReadNullableString(18),
                Tags = reader.ReadNullableString(19) is { } tags ? JsonSerializer.Deserialize<Dictionary<string, string>>(tags) ?? [] : new Dictionary<string, string>(),
                Warnings = reader.ReadNullableString(20) is { } warnings ? JsonSerializer.Deserialize<List<string>>(warnings) ?? [] : [],
            });
        }

        return items;
    }
}
