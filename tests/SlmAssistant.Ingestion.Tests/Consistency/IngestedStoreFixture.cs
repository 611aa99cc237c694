using Microsoft.Data.Sqlite;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Ingestion.Queue;
using SlmAssistant.TestKit;

namespace SlmAssistant.Ingestion.Tests.Consistency;

/// <summary>
/// Three files ingested once through the real queue, pipeline and SQLite store; each test corrupts its own copy of
/// the store file (<see cref="CopyStore"/>), so no test sees another's damage.
/// </summary>
public sealed class IngestedStoreFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _store = new("slm-checked-store");

    public TempDirectory Files { get; } = new("slm-checked-files");

    public async Task InitializeAsync()
    {
        Write("shop/hours.md", "# Opening Hours\n\nThe store opens at nine and closes at six, every day but Sunday.\n");
        Write("shop/rentals.md", "# Kayak Rentals\n\nKayaks rent by the hour. A life jacket is included with every kayak.\n\n## Deposits\n\nA deposit of eighty dollars is refunded when the kayak comes back.\n");
        Write("care/tents.md", "# Tent Care\n\nDry the tent before you store it. Never wash it in a machine.\n");
        await using var harness = KnowledgeHarness.Create(directory: _store);
        var report = await harness.Batches.IngestAsync([Files.Path], IngestionRequest.Default, BatchIngestion.Cli, BatchDrain.Inline)
            .WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(3, report.Ingested);
    }

    /// <summary>A copy of the store's database (its WAL checkpointed first) in a folder of its own.</summary>
    public TempDirectory CopyStore()
    {
        SqliteConnection.ClearAllPools();
        var copy = new TempDirectory("slm-checked-copy");
        foreach (var file in Directory.EnumerateFiles(_store.Path))
        {
            File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        }

        return copy;
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _store.Dispose();
        Files.Dispose();
    }

    private void Write(string relative, string text)
    {
        var path = Files.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
