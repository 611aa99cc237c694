using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Admin.Infrastructure;

/// <summary>
/// The console's own tables in knowledge.db, all prefixed "admin_" so they never meet the store's. Times are UTC
/// ISO-8601 text ("O" format), which sorts like the instants it names.
/// </summary>
internal static class AdminSchema
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
        CREATE TABLE IF NOT EXISTS admin_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NULL,
            detail TEXT NULL,
            address TEXT NULL,
            succeeded INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_admin_audit_at ON admin_audit (at);
        """;

    /// <summary>Migration 1 kept its IF NOT EXISTS: files from builds before versioning already hold these tables.</summary>
    public static SqliteSchema Schema { get; } = new("admin", [First]);
}
