using Microsoft.Data.Sqlite;

namespace SlmAssistant.Storage.Sqlite;

/// <summary>
/// The embedded database file and the one policy every owner of a table opens it with: pooled connections (one per
/// operation is cheap), foreign keys on, WAL so readers (the web server) run while one writer (ingestion) writes, a
/// 30 s busy timeout so writers wait for each other instead of failing, and each owner's migrations run once per process
/// before its first connection. A set-up that failed (a folder not yet writable) is tried again on the next open.
/// </summary>
public sealed class SqliteDatabase
{
    private const int BusyTimeoutSeconds = 30;
    private readonly string _connectionString;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task> _migrations = new(StringComparer.Ordinal);
    private Task? _file;

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>A connection on which <paramref name="schema"/>'s tables exist and are up to date.</summary>
    public async Task<SqliteConnection> OpenAsync(SqliteSchema schema, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        await EnsureMigratedAsync(schema).WaitAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>How many of <paramref name="owner"/>'s migrations the file has run (0 before its first open).</summary>
    public async Task<long> SchemaVersionAsync(string owner, CancellationToken cancellationToken)
    {
        await EnsureFileAsync().WaitAsync(cancellationToken);
        await using var connection = await OpenRawAsync(cancellationToken);
        return await SqliteMigrator.VersionOfAsync(connection, owner, cancellationToken);
    }

    /// <summary>Closes the pooled connections, so the file can be deleted or copied.</summary>
    public void ReleaseFile()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(
                $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}; PRAGMA synchronous = NORMAL;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private Task EnsureMigratedAsync(SqliteSchema schema)
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

    private async Task MigrateAsync(SqliteSchema schema)
    {
        await EnsureFileAsync();
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await SqliteMigrator.MigrateAsync(connection, schema, CancellationToken.None);
    }

    private Task EnsureFileAsync()
    {
        lock (_gate)
        {
            if (_file is null || _file.IsFaulted || _file.IsCanceled)
            {
                _file = CreateFileAsync();
            }

            return _file;
        }
    }

    private async Task CreateFileAsync()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", CancellationToken.None);
    }
}
