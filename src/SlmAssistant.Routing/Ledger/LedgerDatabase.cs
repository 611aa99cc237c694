using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Routing.Ledger;

/// <summary>
/// Connections to the shared knowledge.db. The ledger's tables are created on first use; the file is put in WAL mode
/// so the ledger's writes don't block readers of the knowledge store, and a busy timeout rides out their writes.
/// </summary>
public sealed class LedgerDatabase(IOptions<LedgerOptions> options)
{
    private const int BusyTimeoutMilliseconds = 5000;

    private volatile bool _schemaReady;

    public string Path => options.Value.DatabasePath;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString());
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};", cancellationToken);
            await EnsureSchemaAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // The DDL is idempotent (IF NOT EXISTS), so two first callers racing here both succeed; SQLite serializes them.
    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
        await ExecuteAsync(connection, LedgerSchema.Sql, cancellationToken);
        _schemaReady = true;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
