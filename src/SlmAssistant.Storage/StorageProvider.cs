namespace SlmAssistant.Storage;

/// <summary>Where the state that has a server-database implementation lives.</summary>
public enum StorageProvider
{
    /// <summary>The embedded file in the data directory (<see cref="DataDirectoryOptions.DatabasePath"/>): one process, no server.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (ConnectionStrings:Postgres), shared by every replica.</summary>
    Postgres,
}
