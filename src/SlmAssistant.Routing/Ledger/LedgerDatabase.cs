using Microsoft.Data.Sqlite;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Routing.Ledger;

/// <summary>The ledger's tables (<see cref="LedgerSchema"/>) in the embedded database, opened with its one policy.</summary>
public sealed class LedgerDatabase(SqliteDatabase database)
{
    public string Path => database.Path;

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(LedgerSchema.Schema, cancellationToken);
}
