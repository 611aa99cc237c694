using Microsoft.Data.Sqlite;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>The queue's table (<see cref="IngestionQueueSchema"/>) in the embedded database, opened with its one policy.</summary>
public sealed class IngestionQueueDatabase(SqliteDatabase database)
{
    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(IngestionQueueSchema.Schema, cancellationToken);
}
