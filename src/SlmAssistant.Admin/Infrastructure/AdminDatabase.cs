using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Admin.Infrastructure;

/// <summary>
/// Connections to knowledge.db for the console's tables (created on first use) and for reading other features'
/// tables. WAL lets the console read while ingestion writes; writers wait for each other instead of failing.
/// </summary>
public sealed class AdminDatabase
{
    private const int BusyTimeoutSeconds = 30;
    private readonly string _connectionString;
    private readonly Lazy<Task> _initialized;

    public AdminDatabase(IOptions<KnowledgeDataOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DatabasePath = options.Value.DatabasePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
        _initialized = new Lazy<Task>(InitializeAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string DatabasePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _initialized.Value.WaitAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>Whether another feature has created <paramref name="table"/> yet (conversations, the cost ledger).</summary>
    public static async Task<bool> TableExistsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync($"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000};", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", CancellationToken.None);
        await connection.ExecuteAsync(AdminSchema.Sql, CancellationToken.None);
    }
}
