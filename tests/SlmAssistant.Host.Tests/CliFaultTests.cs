using System.Text.Json;
using Microsoft.Data.Sqlite;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>
/// `slm bench faults` as a real process, a few iterations of what it runs many of locally: `slm ingest` killed with
/// SIGKILL at seeded random moments, the store checked, the rerun finished; CI asserts the loop found nothing.
/// </summary>
public sealed class CliFaultTests : IDisposable
{
    private readonly TempDirectory _knowledge = new("slm-faults-knowledge");
    private readonly TempDirectory _stores = new("slm-faults-stores");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _knowledge.Dispose();
        _stores.Dispose();
    }

    [Fact]
    public async Task BenchFaultsKillsIngestionThreeTimesAndEveryRerunLeavesACleanStore()
    {
        // Every fourth file of knowledge/ (markdown, HTML, DOCX and PDF of every domain) keeps the loop short.
        var files = Directory.EnumerateFiles(RepositoryPaths.Knowledge, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Where((_, index) => index % 4 == 0).ToList();
        foreach (var file in files)
        {
            var copy = _knowledge.Combine(Path.GetRelativePath(RepositoryPaths.Knowledge, file).Split(Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        using var bench = CliProcess.Start(
            ["bench", "faults", "--knowledge", _knowledge.Path, "--iterations", "3", "--seed", "15", "--data", _stores.Path, "--json"]);
        var output = await bench.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(10));
        await bench.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(bench.ExitCode == 0, output + await bench.StandardError.ReadToEndAsync());
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        Assert.Equal(15, root.GetProperty("seed").GetInt32());
        Assert.Equal(3, root.GetProperty("iterations").GetInt32());
        Assert.Equal(files.Count, root.GetProperty("files").GetInt32());
        Assert.Equal(0, root.GetProperty("problems").GetInt32());
        Assert.Empty(root.GetProperty("calibration").EnumerateArray());
        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(3, runs.Count);
        Assert.All(runs, run =>
        {
            Assert.Empty(run.GetProperty("afterKill").EnumerateArray());
            Assert.Empty(run.GetProperty("afterRerun").EnumerateArray());
            Assert.Equal(files.Count, run.GetProperty("finalDocuments").GetInt32());
        });
        // Clean iterations leave no store behind.
        Assert.Empty(Directory.EnumerateFileSystemEntries(_stores.Path));
    }
}
