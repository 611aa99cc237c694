using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Ledger;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Routing.Ledger;

/// <summary>
/// Records every answered turn (route, mode, tokens, latency, cost) in knowledge.db and sums them up. A question kept
/// (Ledger:StoreQuestions) is kept redacted, and only until the conversations' retention clears it.
/// </summary>
public sealed class AnswerLedger(
    LedgerDatabase database, CostEstimator costs, QuestionHash hashes, IPiiRedactor redactor, IOptions<LedgerOptions> options, TimeProvider time)
    : IAnswerLedger, IRetainedQuestions
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public async Task<LedgerEntry> RecordAsync(LedgerTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (usage, estimated, cost, allCloud) = costs.Estimate(turn);
        var now = time.GetUtcNow();
        var question = options.Value.StoreQuestions ? redactor.Redact(turn.Question).Text : null;
        var hash = hashes.Of(turn.Question);
        var latencyMs = (long)Math.Round(turn.Latency.TotalMilliseconds);

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO answer_ledger (timestamp_utc, day, route, mode, domain, input_tokens, output_tokens, tokens_estimated,
                latency_ms, cost_nanousd, all_cloud_cost_nanousd, question_hash, question)
            VALUES ($ts, $day, $route, $mode, $domain, $in, $out, $estimated, $latency, $cost, $allCloud, $hash, $question)
            RETURNING id;
            """;
        command.Parameters.AddWithValue("$ts", now.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$day", Day(now));
        command.Parameters.AddWithValue("$route", turn.Route.ToWire());
        command.Parameters.AddWithValue("$mode", turn.Mode.ToWire());
        command.Parameters.AddWithValue("$domain", (object?)turn.Domain ?? DBNull.Value);
        command.Parameters.AddWithValue("$in", usage.InputTokens);
        command.Parameters.AddWithValue("$out", usage.OutputTokens);
        command.Parameters.AddWithValue("$estimated", estimated);
        command.Parameters.AddWithValue("$latency", latencyMs);
        command.Parameters.AddWithValue("$cost", NanoDollars.From(cost));
        command.Parameters.AddWithValue("$allCloud", NanoDollars.From(allCloud));
        command.Parameters.AddWithValue("$hash", hash);
        command.Parameters.AddWithValue("$question", (object?)question ?? DBNull.Value);
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new LedgerEntry(id, now, turn.Route, turn.Mode, turn.Domain, usage, estimated, latencyMs, cost, allCloud, hash, question);
    }

    public async Task<LedgerStats> GetStatsAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT day, route, COUNT(*), SUM(input_tokens), SUM(output_tokens), SUM(latency_ms), SUM(cost_nanousd), SUM(all_cloud_cost_nanousd)
            FROM answer_ledger
            WHERE timestamp_utc >= $since
            GROUP BY day, route
            ORDER BY day;
            """;
        command.Parameters.AddWithValue("$since", (since ?? DateTimeOffset.MinValue).UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture));
        var rows = new List<LedgerStatsRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new LedgerStatsRow(
                DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                WireNames.ParseRoute(reader.GetString(1)), reader.GetInt32(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
                reader.GetInt64(6), reader.GetInt64(7)));
        }

        return LedgerStatsRow.Summarize(rows);
    }

    public async Task<IReadOnlyList<LedgerEntry>> GetRecentAsync(int count = 50, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, timestamp_utc, route, mode, domain, input_tokens, output_tokens, tokens_estimated, latency_ms,
                cost_nanousd, all_cloud_cost_nanousd, question_hash, question
            FROM answer_ledger ORDER BY id DESC LIMIT $count;
            """;
        command.Parameters.AddWithValue("$count", count);
        var entries = new List<LedgerEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new LedgerEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                WireNames.ParseRoute(reader.GetString(2)),
                WireNames.ParseMode(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                new TokenUsage(reader.GetInt32(5), reader.GetInt32(6)),
                reader.GetBoolean(7),
                reader.GetInt64(8),
                NanoDollars.ToDollars(reader.GetInt64(9)),
                NanoDollars.ToDollars(reader.GetInt64(10)),
                reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12)));
        }

        return entries;
    }

    public async Task<int> ClearQuestionsBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // Overwritten, not just unlinked, and the write-ahead log emptied: the texts must not linger in the files.
        await connection.ExecuteAsync("PRAGMA secure_delete = ON;", cancellationToken);
        var cleared = await connection.ExecuteAsync(
            "UPDATE answer_ledger SET question = NULL WHERE question IS NOT NULL AND timestamp_utc < $before",
            cancellationToken,
            ("$before", before.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture)));
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        return cleared;
    }

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
