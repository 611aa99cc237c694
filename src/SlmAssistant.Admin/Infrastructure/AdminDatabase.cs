using Microsoft.Data.Sqlite;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Admin.Infrastructure;

/// <summary>The console's own tables (<see cref="AdminSchema"/>) in the embedded database, opened with its one policy.</summary>
public sealed class AdminDatabase(SqliteDatabase database)
{
    public string DatabasePath => database.Path;

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(AdminSchema.Schema, cancellationToken);
}
