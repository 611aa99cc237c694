using Npgsql;
using SlmAssistant.Storage.Postgres;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Storage.Tests.Postgres;

[Collection(PostgresCluster.Name)]
public sealed class PostgresMigratorTests(PostgresServer server)
{
    // CREATE TABLE and CREATE INDEX of two sessions at once, unserialised, fail with duplicate keys in the catalogue.
    private static readonly PostgresSchema Schema = new("widgets",
    [
        """
        CREATE TABLE widgets (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name TEXT NOT NULL);
        CREATE INDEX widgets_name ON widgets (name);
        CREATE FUNCTION widget_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM widgets $$;
        """,
        "ALTER TABLE widgets ADD COLUMN colour TEXT; INSERT INTO widgets (name, colour) VALUES ('first', 'red');",
    ]);

    [Fact]
    public async Task ReplicasMigratingAnEmptyDatabaseAtOnceCreateOneSchemaWithoutError()
    {
        var connectionString = await server.CreateDatabaseAsync("migrate");
        var replicas = Enumerable.Range(0, 8).Select(_ => new PostgresDatabase(connectionString)).ToArray();
        try
        {
            using var start = new SemaphoreSlim(0);
            var opening = replicas.Select(async replica =>
            {
                await start.WaitAsync();
                await using var connection = await replica.OpenAsync(Schema, CancellationToken.None);
            }).ToArray();
            start.Release(replicas.Length);
            await Task.WhenAll(opening).WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(2, await replicas[0].SchemaVersionAsync("widgets", CancellationToken.None));
            Assert.Equal(1L, await ScalarAsync(connectionString, "SELECT widget_count()"));
            Assert.Equal(1L, await ScalarAsync(connectionString, "SELECT count(*) FROM schema_versions"));
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ADatabaseAtAnOlderVersionRunsOnlyTheNewerMigrations()
    {
        var connectionString = await server.CreateDatabaseAsync("upgrade");
        await using (var old = new PostgresDatabase(connectionString))
        {
            await using var connection = await old.OpenAsync(Schema with { Migrations = Schema.Migrations.Take(1).ToArray() }, CancellationToken.None);
        }

        await using var current = new PostgresDatabase(connectionString);
        await using (await current.OpenAsync(Schema, CancellationToken.None))
        {
        }

        Assert.Equal(2, await current.SchemaVersionAsync("widgets", CancellationToken.None));
        Assert.Equal("red", await ScalarAsync(connectionString, "SELECT colour FROM widgets"));
    }

    [Fact]
    public async Task AnUnreachableServerFailsTheOpenAndALaterOpenTriesAgain()
    {
        var builder = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync("later")) { Database = "not_created_yet" };
        await using var database = new PostgresDatabase(builder.ToString());

        await Assert.ThrowsAsync<PostgresUnavailableException>(() => database.OpenAsync(Schema, CancellationToken.None));
        await ExecuteAsync(server.AdminConnectionString, "CREATE DATABASE not_created_yet");

        await using (await database.OpenAsync(Schema, CancellationToken.None))
        {
        }

        Assert.Equal(2, await database.SchemaVersionAsync("widgets", CancellationToken.None));
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
