using Microsoft.Data.Sqlite;

namespace SlmAssistant.Storage.Sqlite;

/// <summary>
/// Brings one owner's tables up to date inside an immediate transaction, so two processes opening the same file at once
/// (the server and the CLI) run each migration exactly once: the second waits on the lock, then finds nothing to do.
/// </summary>
internal static class SqliteMigrator
{
    private const string VersionTable = "schema_versions";

    public static async Task MigrateAsync(SqliteConnection connection, SqliteSchema schema, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(
            $"CREATE TABLE IF NOT EXISTS {VersionTable} (owner TEXT PRIMARY KEY, version INTEGER NOT NULL);", cancellationToken, transaction);
        var version = await connection.ScalarAsync<long?>(
            $"SELECT version FROM {VersionTable} WHERE owner = $owner;", cancellationToken, transaction, ("$owner", schema.Owner));
        if (version is null && schema.LegacyVersionTable is { } legacy && await TableExistsAsync(connection, legacy, transaction, cancellationToken))
        {
            version = await connection.ScalarAsync<long?>($"SELECT max(version) FROM {legacy};", cancellationToken, transaction);
            await connection.ExecuteAsync($"DROP TABLE {legacy};", cancellationToken, transaction);
        }

        if ((version ?? 0) < schema.Migrations.Count)
        {
            schema.Functions?.Invoke(connection);
        }

        for (var step = (int)(version ?? 0); step < schema.Migrations.Count; step++)
        {
            await connection.ExecuteAsync(schema.Migrations[step], cancellationToken, transaction);
        }

        await connection.ExecuteAsync(
            $"INSERT INTO {VersionTable} (owner, version) VALUES ($owner, $version) ON CONFLICT (owner) DO UPDATE SET version = excluded.version;",
            cancellationToken, transaction, ("$owner", schema.Owner), ("$version", Math.Max(version ?? 0, schema.Migrations.Count)));
        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task<long> VersionOfAsync(SqliteConnection connection, string owner, CancellationToken cancellationToken) =>
        await TableExistsAsync(connection, VersionTable, null, cancellationToken)
            ? await connection.ScalarAsync<long?>($"SELECT version FROM {VersionTable} WHERE owner = $owner;", cancellationToken, null, ("$owner", owner)) ?? 0
            : 0;

    private static async Task<bool> TableExistsAsync(
        SqliteConnection connection, string table, SqliteTransaction? transaction, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name;", cancellationToken, transaction, ("$name", table)) > 0;
}
