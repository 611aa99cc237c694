using Microsoft.Data.Sqlite;
using SlmAssistant.Retrieval.Store;

namespace SlmAssistant.Retrieval.Tests.Support.Providers;

/// <summary>The embedded provider: a store file in a fresh temp folder (<see cref="TempStore"/>).</summary>
public sealed class SqliteStoreProvider(Action<KnowledgeStoreOptions>? configure = null) : StoreProvider
{
    private readonly TempStore _temp = new(configure);
    private readonly List<IKnowledgeBackend> _opened = [];

    public override string Name => "Sqlite";

    internal override IKnowledgeBackend Store => _temp.Store;

    internal override IKnowledgeBackend Open()
    {
        var store = _temp.Open();
        _opened.Add(store);
        return store;
    }

    public override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.Store.DatabasePath};Foreign Keys=True;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync()
    {
        _opened.ForEach(s => s.Dispose());
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
