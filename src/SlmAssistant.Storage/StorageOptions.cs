using Npgsql;

namespace SlmAssistant.Storage;

/// <summary>
/// Which database the owners of state use: "Storage:Provider" = Sqlite (default) or Postgres, the server's Npgsql
/// connection string in "ConnectionStrings:Postgres" (environment: ConnectionStrings__Postgres). Chosen once, at composition.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string ConnectionStringName = "Postgres";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Filled from ConnectionStrings:Postgres, not from the Storage section.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Why these options cannot work, in one line naming the setting; null when they can.</summary>
    public string? Problem()
    {
        if (Provider != StorageProvider.Postgres)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            return "Storage:Provider is Postgres but ConnectionStrings:Postgres (environment ConnectionStrings__Postgres) is not set: " +
                "give the server as an Npgsql connection string, e.g. \"Host=127.0.0.1;Port=5432;Database=slm;Username=slm;Password=...\".";
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(PostgresConnectionString);
            return null;
        }
        catch (ArgumentException e)
        {
            return $"ConnectionStrings:Postgres is not a valid Npgsql connection string: {e.Message}";
        }
    }
}
