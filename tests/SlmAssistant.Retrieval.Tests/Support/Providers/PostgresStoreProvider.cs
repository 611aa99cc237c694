using Microsoft.Extensions.Options;
using Npgsql;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Retrieval.Store.Postgres;
using SlmAssistant.Storage.Postgres;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Retrieval.Tests.Support.Providers;

/// <summary>
/// The server provider: a fresh database on the collection's throwaway <see cref="PostgresServer"/>; each store gets a
/// <see cref="PostgresDatabase"/> (a connection pool) of its own, as each replica has.
/// </summary>
public sealed class PostgresStoreProvider : StoreProvider
{
    private readonly KnowledgeStoreOptions _options = new();
    private readonly List<(PostgresDatabase Database, PostgresKnowledgeStore Store)> _opened = [];
    private readonly PostgresKnowledgeStore _store;

    private PostgresStoreProvider(string connectionString, Action<KnowledgeStoreOptions>? configure)
    {
        ConnectionString = connectionString;
        configure?.Invoke(_options);
        _store = (PostgresKnowledgeStore)Open();
    }

    public string ConnectionString { get; }

    public override string Name => "Postgres";

    internal override IKnowledgeBackend Store => _store;

    internal PostgresKnowledgeStore PostgresStore => _store;

    public static async Task<PostgresStoreProvider> CreateAsync(PostgresServer server, Action<KnowledgeStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new PostgresStoreProvider(await server.CreateDatabaseAsync("knowledge"), configure);
    }

    internal override IKnowledgeBackend Open() => OpenReplica();

    internal PostgresKnowledgeStore OpenReplica()
    {
        var database = new PostgresDatabase(ConnectionString);
        var store = new PostgresKnowledgeStore(database, Options.Create(_options));
        _opened.Add((database, store));
        return store;
    }

    public override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var (database, store) in _opened)
        {
            store.Dispose();
            await database.DisposeAsync();
        }
    }
}
