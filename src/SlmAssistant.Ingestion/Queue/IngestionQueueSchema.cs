using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>
/// The ingestion queue's table. Its name keeps the "admin_" prefix of the console that created it first, so files
/// from earlier builds keep their queue. Times are UTC ISO-8601 text ("O" format), which sorts like the instants it names.
/// </summary>
internal static class IngestionQueueSchema
{
    private const string First = """
        CREATE TABLE IF NOT EXISTS admin_ingestion_queue (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            source TEXT NOT NULL,
            file_name TEXT NOT NULL,
            domain TEXT NOT NULL,
            blob_id TEXT NULL,
            file_path TEXT NULL,
            size_bytes INTEGER NOT NULL,
            format TEXT NULL,
            state TEXT NOT NULL,
            outcome TEXT NULL,
            chunks INTEGER NOT NULL DEFAULT 0,
            error TEXT NULL,
            requested_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            lease_until TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_admin_ingestion_queue_state ON admin_ingestion_queue (state, created_at);
        CREATE INDEX IF NOT EXISTS ix_admin_ingestion_queue_source ON admin_ingestion_queue (source);
        """;

    /// <summary>Migration 1 kept its IF NOT EXISTS: files from builds before versioning already hold the table.</summary>
    public static SqliteSchema Schema { get; } = new("ingestion-queue", [First]);
}
