using Npgsql;

namespace SlmAssistant.Storage.Postgres;

/// <summary>
/// The PostgreSQL database every replica shares, and the one policy its owners open it with: one pooled
/// <see cref="NpgsqlDataSource"/> per process, each owner's migrations run once per process (under
/// <see cref="PostgresMigrator"/>'s advisory lock) before its first connection; a set-up that failed (the server not
/// up yet) is tried again on the next open. Npgsql has no retry of its own: an open that fails transiently (a refused
/// or reset connection, a timeout, the server starting up or shutting down) is tried again after a short backoff, a
/// bounded number of times; a wrong password or a missing database fails at once.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task> _migrations = new(StringComparer.Ordinal);

    /// <summary>The waits before the second, third … attempt of an open that failed transiently.</summary>
    public static readonly IReadOnlyList<TimeSpan> RetryDelays = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(1600)];

    private readonly string _connectionString;

    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
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
        return await OpenConnectionAsync(cancellationToken);
    }

    /// <summary>
    /// Opens a connection, once, and asks the server for nothing: throws what keeps this process from using it. No
    /// retry: a health probe is repeated by its caller and must answer within the probe's timeout.
    /// </summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(retries: 0, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// The one line naming ConnectionStrings:Postgres and what is wrong with it (<see cref="PostgresConnectionProblem"/>);
    /// null when <paramref name="exception"/> is not about the server.
    /// </summary>
    public string? Describe(Exception exception) => PostgresConnectionProblem.Describe(exception, _connectionString);

    /// <summary>
    /// A pooled connection, retried with backoff while the failure is transient; one that cannot be had throws
    /// <see cref="PostgresUnavailableException"/>, whose message names the setting and what is wrong with it.
    /// </summary>
    public Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        OpenConnectionAsync(RetryDelays.Count, cancellationToken);

    private async Task<NpgsqlConnection> OpenConnectionAsync(int retries, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await DataSource.OpenConnectionAsync(cancellationToken);
            }
            catch (NpgsqlException e) when (e.IsTransient && attempt < retries && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(RetryDelays[attempt], cancellationToken);
            }
            catch (NpgsqlException e) when (!cancellationToken.IsCancellationRequested && Describe(e) is { } problem)
            {
                throw new PostgresUnavailableException(problem, e);
            }
        }
    }

    /// <summary>How many of <paramref name="owner"/>'s migrations the database has run (0 before its first open).</summary>
    public async Task<int> SchemaVersionAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
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
        await using var connection = await OpenConnectionAsync(CancellationToken.None);
        await PostgresMigrator.MigrateAsync(connection, schema, CancellationToken.None);
    }
}
