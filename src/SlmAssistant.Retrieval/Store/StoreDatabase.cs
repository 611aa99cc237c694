using Microsoft.Data.Sqlite;

namespace SlmAssistant.Retrieval.Store;

/// <summary>
/// Opens connections to the store's file (pooled by Microsoft.Data.Sqlite, so one per operation is cheap) and brings
/// the schema up to date once. WAL lets readers (a web server) run while one writer (ingestion) writes; writers
/// wait for each other up to the busy timeout instead of failing.
/// </summary>
internal sealed class StoreDatabase
{
    private const int BusyTimeoutSeconds = 30;
    private readonly string _connectionString;
    private readonly Lock _gate = new();
    private Task? _initialization;

    public StoreDatabase(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    public string Path { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync().WaitAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

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

    /// <summary>Runs the schema set-up once; a set-up that failed (a folder not yet writable) is tried again next time.</summary>
    private Task EnsureInitializedAsync()
    {
        lock (_gate)
        {
            if (_initialization is null || _initialization.IsFaulted || _initialization.IsCanceled)
            {
                _initialization = InitializeAsync();
            }

            return _initialization;
        }
    }

    private async Task InitializeAsync()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", CancellationToken.None);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", CancellationToken.None, transaction);
        var version = await connection.ScalarAsync<long?>("SELECT max(version) FROM schema_version;", CancellationToken.None, transaction) ?? 0;
        for (var step = (int)version; step < StoreSchema.Migrations.Count; step++)
        {
            await connection.ExecuteAsync(StoreSchema.Migrations[step], CancellationToken.None, transaction);
            await connection.ExecuteAsync(
                "DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ($version);",
                CancellationToken.None, transaction, ("$version", step + 1));
        }

        await transaction.CommitAsync();
    }
}
