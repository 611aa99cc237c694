using System.Globalization;
using System.Text.Json;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Routing.Ledger;

namespace SlmAssistant.Routing.Cloud.Audit;

/// <summary>The audit trail in knowledge.db's escalation_audit table, next to the answer ledger.</summary>
public sealed class SqliteEscalationAuditTrail(LedgerDatabase database) : IEscalationAuditTrail
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RecordAsync(EscalationAuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO escalation_audit (timestamp_utc, source, provider, model, payload_json, redacted_types, succeeded, error,
                latency_ms, input_tokens, output_tokens)
            VALUES ($ts, $source, $provider, $model, $payload, $types, $succeeded, $error, $latency, $in, $out);
            """;
        command.Parameters.AddWithValue("$ts", entry.Timestamp.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$source", entry.Source);
        command.Parameters.AddWithValue("$provider", entry.Provider);
        command.Parameters.AddWithValue("$model", (object?)entry.Model ?? DBNull.Value);
        command.Parameters.AddWithValue("$payload", JsonSerializer.Serialize(entry.Payload.Messages, Json));
        command.Parameters.AddWithValue("$types", string.Join(',', entry.Payload.RedactedTypes));
        command.Parameters.AddWithValue("$succeeded", entry.Succeeded);
        command.Parameters.AddWithValue("$error", (object?)entry.Error ?? DBNull.Value);
        command.Parameters.AddWithValue("$latency", (long)Math.Round(entry.Latency.TotalMilliseconds));
        command.Parameters.AddWithValue("$in", (object?)entry.Usage?.InputTokens ?? DBNull.Value);
        command.Parameters.AddWithValue("$out", (object?)entry.Usage?.OutputTokens ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<EscalationAuditEntry>> ReadRecentAsync(int count = 50, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT timestamp_utc, source, provider, model, payload_json, redacted_types, succeeded, error, latency_ms, input_tokens, output_tokens
            FROM escalation_audit ORDER BY id DESC LIMIT $count;
            """;
        command.Parameters.AddWithValue("$count", count);
        var entries = new List<EscalationAuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var messages = JsonSerializer.Deserialize<List<EscalationMessage>>(reader.GetString(4), Json) ?? [];
            var types = reader.GetString(5).Split(',', StringSplitOptions.RemoveEmptyEntries);
            entries.Add(new EscalationAuditEntry(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                new EscalationPayload(messages, types),
                reader.GetBoolean(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                TimeSpan.FromMilliseconds(reader.GetInt64(8)),
                reader.IsDBNull(9) ? null : new TokenUsage(reader.GetInt32(9), reader.GetInt32(10))));
        }

        return entries;
    }
}
