using Npgsql;

namespace SlmAssistant.Storage.Postgres;

/// <summary>
/// Brings one owner's tables up to date in one transaction that first takes a transaction-scoped advisory lock, so
/// replicas starting at the same moment run each migration exactly once: the others wait on the lock, then find
/// nothing to do (DDL is transactional in PostgreSQL, so a failed migration leaves nothing half done).
/// </summary>
public static class PostgresMigrator
{
    /// <summary>The advisory lock every migration of every owner takes ("SLMSCHEM" as a number).</summary>
    public const long LockKey = 0x534C_4D53_4348_454D;

    private const string VersionTable = "schema_versions";

    public static async Task MigrateAsync(NpgsqlConnection connection, PostgresSchema schema, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(schema);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", LockKey));
        await ExecuteAsync(connection, transaction,
            $"CREATE TABLE IF NOT EXISTS {VersionTable} (owner TEXT PRIMARY KEY, version INTEGER NOT NULL)", cancellationToken);
        var version = await VersionAsync(connection, transaction, schema.Owner, cancellationToken);
        for (var step = version; step < schema.Migrations.Count; step++)
        {
            await ExecuteAsync(connection, transaction, schema.Migrations[step], cancellationToken);
        }

        await ExecuteAsync(connection, transaction,
            $"INSERT INTO {VersionTable} (owner, version) VALUES (@owner, @version) ON CONFLICT (owner) DO UPDATE SET version = excluded.version",
            cancellationToken, ("owner", schema.Owner), ("version", Math.Max(version, schema.Migrations.Count)));
        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task<int> VersionOfAsync(NpgsqlConnection connection, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        exists.Parameters.AddWithValue("table", VersionTable);
        return (bool)(await exists.ExecuteScalarAsync(cancellationToken))! ? await VersionAsync(connection, null, owner, cancellationToken) : 0;
    }

    private static async Task<int> VersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string owner, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT version FROM {VersionTable} WHERE owner = @owner", connection, transaction);
        command.Parameters.AddWithValue("owner", owner);
        return await command.ExecuteScalarAsync(cancellationToken) is int version ? version : 0;
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
