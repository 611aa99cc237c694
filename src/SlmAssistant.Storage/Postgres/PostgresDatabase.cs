using Npgsql;

namespace SlmAssistant.Storage.Postgres;

/// <summary>
/// The PostgreSQL database every replica shares, and the one policy its owners open it with: one pooled
/// <see cref="NpgsqlDataSource"/> per process, each owner's migrations run once per process (under
/// <see cref="PostgresMigrator"/>'s advisory lock) before its first connection; a set-up that failed (the server not
/// up yet) is tried again on the next open.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task> _migrations = new(StringComparer.Ordinal);

    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"{builder.Host}:{builder.Port}/{builder.Database}";
        DataSource = NpgsqlDataSource.Create(builder);
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Host, port and database, for logs: never the password.</summary>
    public string Description { get; }

    /// <summary>A connection on which <paramref name="schema"/>'s tables exist and are up to date.</summary>
    public async Task<NpgsqlConnection> OpenAsync(PostgresSchema schema, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        await EnsureMigratedAsync(schema).WaitAsync(cancellationToken);
        return await DataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>How many of <paramref name="owner"/>'s migrations the database has run (0 before its first open).</summary>
    public async Task<int> SchemaVersionAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        return await PostgresMigrator.VersionOfAsync(connection, owner, cancellationToken);
    }

    public void Dispose() => DataSource.Dispose();

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    private Task EnsureMigratedAsync(PostgresSchema schema)
    {
        lock (_gate)
        {
            if (!_migrations.TryGetValue(schema.Owner, out var migration) || migration.IsFaulted || migration.IsCanceled)
            {
                migration = MigrateAsync(schema);
                _migrations[schema.Owner] = migration;
            }

            return migration;
        }
    }

    private async Task MigrateAsync(PostgresSchema schema)
    {
        await using var connection = await DataSource.OpenConnectionAsync(CancellationToken.None);
        await PostgresMigrator.MigrateAsync(connection, schema, CancellationToken.None);
    }
}
