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

    // Items of a run over files (the CLI, start-up seeding) carry their run's batch, the request's url and tags, and
    // what the pipeline warned about, so the run's report can be read back from the finished items.
    private const string Batches = """
        ALTER TABLE admin_ingestion_queue ADD COLUMN batch_id TEXT NULL;
        ALTER TABLE admin_ingestion_queue ADD COLUMN url TEXT NULL;
        ALTER TABLE admin_ingestion_queue ADD COLUMN tags TEXT NULL;
        ALTER TABLE admin_ingestion_queue ADD COLUMN warnings TEXT NULL;
        CREATE INDEX ix_admin_ingestion_queue_batch ON admin_ingestion_queue (batch_id);
        """;

    /// <summary>Migration 1 kept its IF NOT EXISTS: files from builds before versioning already hold the table.</summary>
    public static SqliteSchema Schema { get; } = new("ingestion-queue", [First, Batches]);
}
