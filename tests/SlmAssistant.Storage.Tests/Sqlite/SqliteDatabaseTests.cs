using Microsoft.Data.Sqlite;
using SlmAssistant.Storage.Sqlite;
using SlmAssistant.TestKit;

namespace SlmAssistant.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private const string Notes = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);";
    private const string Tags = "CREATE TABLE tags (name TEXT PRIMARY KEY);";
    private readonly TempDirectory _data = new("slm-storage");

    private string File => _data.Combine("data", "knowledge.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task EachOwnerKeepsItsOwnVersionAndEachMigrationRunsOnce()
    {
        var database = new SqliteDatabase(File);
        var notes = new SqliteSchema("notes", [Notes]);
        var tags = new SqliteSchema("tags", [Tags, "INSERT INTO tags (name) VALUES ('first');"]);

        for (var i = 0; i < 3; i++)
        {
            await using (await database.OpenAsync(notes, CancellationToken.None))
            await using (await database.OpenAsync(tags, CancellationToken.None))
            {
            }
        }

        var reopened = new SqliteDatabase(File);
        await using var connection = await reopened.OpenAsync(tags, CancellationToken.None);
        Assert.Equal(1, await reopened.SchemaVersionAsync("notes", CancellationToken.None));
        Assert.Equal(2, await reopened.SchemaVersionAsync("tags", CancellationToken.None));
        Assert.Equal(1, await connection.ScalarAsync<long>("SELECT count(*) FROM tags", CancellationToken.None));
        Assert.Equal("wal", await connection.ScalarAsync<string>("PRAGMA journal_mode", CancellationToken.None));
    }

    [Fact]
    public async Task AFileOfAnEarlierVersionGetsOnlyTheNewMigrationsAndKeepsItsRows()
    {
        var first = new SqliteDatabase(File);
        await using (var connection = await first.OpenAsync(new SqliteSchema("notes", [Notes]), CancellationToken.None))
        {
            await connection.ExecuteAsync("INSERT INTO notes (text) VALUES ('kept');", CancellationToken.None);
        }

        var upgraded = new SqliteDatabase(File);
        await using var reopened = await upgraded.OpenAsync(
            new SqliteSchema("notes", [Notes, "ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;"]), CancellationToken.None);

        Assert.Equal("kept", await reopened.ScalarAsync<string>("SELECT text FROM notes WHERE pinned = 0", CancellationToken.None));
        Assert.Equal(2, await upgraded.SchemaVersionAsync("notes", CancellationToken.None));
    }

    [Fact]
    public async Task SeveralProcessesOpeningANewFileAtOnceRunEachMigrationExactlyOnce()
    {
        // Each SqliteDatabase stands for a process (its own migration state); CREATE TABLE without IF NOT EXISTS fails
        // if any migration ran twice.
        var schema = new SqliteSchema("notes", [Notes, "INSERT INTO notes (text) VALUES ('once');"]);
        var openings = Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var connection = await new SqliteDatabase(File).OpenAsync(schema, CancellationToken.None);
        });

        await Task.WhenAll(openings);

        await using var check = await new SqliteDatabase(File).OpenAsync(schema, CancellationToken.None);
        Assert.Equal(1, await check.ScalarAsync<long>("SELECT count(*) FROM notes", CancellationToken.None));
    }

    [Fact]
    public async Task AFailingMigrationRollsBackWholeAndIsTriedAgainOnTheNextOpen()
    {
        var database = new SqliteDatabase(File);
        await using (await database.OpenAsync(new SqliteSchema("notes", [Notes]), CancellationToken.None))
        {
        }

        var broken = new SqliteSchema("notes", [Notes, "INSERT INTO notes (text) VALUES ('half'); INSERT INTO missing VALUES (1);"]);
        var upgraded = new SqliteDatabase(File);

        await Assert.ThrowsAsync<SqliteException>(() => upgraded.OpenAsync(broken, CancellationToken.None));
        await Assert.ThrowsAsync<SqliteException>(() => upgraded.OpenAsync(broken, CancellationToken.None));
        Assert.Equal(1, await upgraded.SchemaVersionAsync("notes", CancellationToken.None));
        await using var connection = await upgraded.OpenAsync(new SqliteSchema("notes", [Notes]), CancellationToken.None);
        Assert.Equal(0, await connection.ScalarAsync<long>("SELECT count(*) FROM notes", CancellationToken.None));
    }

    [Fact]
    public async Task AnOlderBuildsVersionTableIsTakenOverAndDropped()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        await using (var old = new SqliteConnection($"Data Source={File};Pooling=False"))
        {
            await old.OpenAsync();
            await old.ExecuteAsync(Notes + "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);", CancellationToken.None);
        }

        var database = new SqliteDatabase(File);
        await using var connection = await database.OpenAsync(
            new SqliteSchema("notes", [Notes, Tags], LegacyVersionTable: "schema_version"), CancellationToken.None);

        Assert.Equal(2, await database.SchemaVersionAsync("notes", CancellationToken.None));
        Assert.Equal(0, await connection.ScalarAsync<long>("SELECT count(*) FROM tags", CancellationToken.None));
        Assert.Equal(0, await connection.ScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'", CancellationToken.None));
    }
}
