using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Admin.Infrastructure;

/// <summary>
/// The console's own table in knowledge.db (the audit log), prefixed "admin_" so it never meets the store's. Times are UTC
/// ISO-8601 text ("O" format), which sorts like the instants it names.
/// </summary>
internal static class AdminSchema
{
    private const string First = """
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
