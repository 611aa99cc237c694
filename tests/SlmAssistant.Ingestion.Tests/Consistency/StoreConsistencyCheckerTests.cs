using Microsoft.Data.Sqlite;
using SlmAssistant.Ingestion.Consistency;
using SlmAssistant.TestKit;

namespace SlmAssistant.Ingestion.Tests.Consistency;

/// <summary>
/// The store checker on a real SQLite file: clean after an ingestion, and each kind of damage written into a copy of
/// that file with plain SQL is reported under its check, naming what is wrong.
/// </summary>
public sealed class StoreConsistencyCheckerTests(IngestedStoreFixture fixture) : IClassFixture<IngestedStoreFixture>
{
    [Fact]
    public async Task AStoreJustIngestedIsConsistent()
    {
        using var store = fixture.CopyStore();

        var problems = await CheckAsync(store);

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Theory]
    [InlineData("PRAGMA foreign_keys = OFF; DELETE FROM documents WHERE source = 'shop/rentals.md'", "orphans", "has no document")]
    [InlineData(
        "INSERT INTO chunks_fts (chunks_fts, rowid, title, section_path, text, domain) " +
        "SELECT 'delete', seq, title, section_path, text, domain FROM chunks WHERE seq = (SELECT min(seq) FROM chunks)",
        "keyword index", "is not indexed")]
    [InlineData("DELETE FROM chunks WHERE seq = (SELECT min(seq) FROM chunks)", "chunk count", "chunks, has")]
    [InlineData("DELETE FROM chunks WHERE seq = (SELECT min(seq) FROM chunks)", "orphans", "has no chunk")]
    [InlineData("UPDATE documents SET origin = (SELECT min(origin) FROM documents)", "duplicates", "is stored 3 times")]
    [InlineData("UPDATE admin_ingestion_queue SET state = 'limbo' WHERE source = 'shop/hours.md'", "queue", "(shop/hours.md) is in state 'limbo'")]
    [InlineData("UPDATE documents SET content_hash = 'feed' WHERE source = 'care/tents.md'", "content hash", "care/tents.md: the stored hash does not match")]
    public async Task DamageWrittenIntoTheStoreIsReported(string damage, string check, string detail)
    {
        using var store = fixture.CopyStore();
        Execute(store, damage);

        var problems = await CheckAsync(store);

        Assert.True(
            problems.Any(p => p.Check == check && p.Detail.Contains(detail, StringComparison.Ordinal)),
            $"no '{check}' problem saying '{detail}' among: {string.Join("; ", problems)}");
    }

    [Fact]
    public async Task AFileChangedOnDiskSinceItWasIngestedIsReported()
    {
        using var store = fixture.CopyStore();
        var path = fixture.Files.Combine("shop", "hours.md");
        var original = await File.ReadAllTextAsync(path);
        try
        {
            await File.AppendAllTextAsync(path, "Closed on public holidays.\n");

            var problems = await CheckAsync(store);

            var problem = Assert.Single(problems);
            Assert.Equal("content hash", problem.Check);
            Assert.StartsWith("shop/hours.md: the stored hash does not match", problem.Detail, StringComparison.Ordinal);
        }
        finally
        {
            await File.WriteAllTextAsync(path, original);
        }
    }

    [Fact]
    public async Task AMissingStoreFileIsReported()
    {
        using var empty = new TempDirectory("slm-checked-none");

        var problems = await StoreConsistencyChecker.CheckAsync(empty.Combine("knowledge.db"), sourceFolder: null);

        Assert.Equal("store", Assert.Single(problems).Check);
    }

    private Task<IReadOnlyList<StoreProblem>> CheckAsync(TempDirectory store) =>
        StoreConsistencyChecker.CheckAsync(store.Combine("knowledge.db"), fixture.Files.Path);

    private static void Execute(TempDirectory store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={store.Combine("knowledge.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
