using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Routing.Ledger;

/// <summary>
/// The ledger's own tables in knowledge.db. Times are UTC ISO-8601 text; day is yyyy-MM-dd (UTC) for grouping.
/// Money is kept in integer nano-dollars: a single token costs fractions of a micro-dollar, and sums stay exact.
/// </summary>
internal static class LedgerSchema
{
    private const string First = """
        CREATE TABLE IF NOT EXISTS answer_ledger (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            timestamp_utc TEXT NOT NULL,
            day TEXT NOT NULL,
            route TEXT NOT NULL,
            mode TEXT NOT NULL,
            domain TEXT NULL,
            input_tokens INTEGER NOT NULL,
            output_tokens INTEGER NOT NULL,
            tokens_estimated INTEGER NOT NULL,
            latency_ms INTEGER NOT NULL,
            cost_nanousd INTEGER NOT NULL,
            all_cloud_cost_nanousd INTEGER NOT NULL,
            question_hash TEXT NOT NULL,
            question TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_answer_ledger_day ON answer_ledger (day);
        CREATE TABLE IF NOT EXISTS escalation_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            timestamp_utc TEXT NOT NULL,
            source TEXT NOT NULL,
            provider TEXT NOT NULL,
            model TEXT NULL,
            payload_json TEXT NOT NULL,
            redacted_types TEXT NOT NULL,
            succeeded INTEGER NOT NULL,
            error TEXT NULL,
            latency_ms INTEGER NOT NULL,
            input_tokens INTEGER NULL,
            output_tokens INTEGER NULL
        );
        """;

    /// <summary>Migration 1 kept its IF NOT EXISTS: files from builds before versioning already hold these tables.</summary>
    public static SqliteSchema Schema { get; } = new("ledger", [First]);
}
