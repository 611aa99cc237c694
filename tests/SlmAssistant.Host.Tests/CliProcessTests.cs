using Microsoft.Data.Sqlite;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>
/// The `slm` command as a real process, through the ingestion queue: killed mid-ingestion, a rerun finishes the job
/// without duplicates and leaves nothing pending.
/// </summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly TempDirectory _data = new("slm-cli");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task KillingIngestionMidwayAndRerunningFinishesWithoutDuplicates()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Knowledge, "*", SearchOption.AllDirectories).Count();
        using (var first = CliProcess.Start(["ingest", RepositoryPaths.Knowledge, "--data", _data.Path, "--json"]))
        {
            // Kill once a few documents are committed and the rest are still to come.
            var deadline = DateTimeOffset.UtcNow.AddMinutes(5);
            while (DocumentCount() < 3 && !first.HasExited && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.False(first.HasExited, "ingestion finished before it could be interrupted");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        var committed = DocumentCount();
        Assert.InRange(committed, 3, files - 1);
        int finishedBeforeTheKill;
        using (var killed = Open())
        {
            finishedBeforeTheKill = Scalar(killed, "SELECT COUNT(*) FROM admin_ingestion_queue WHERE state IN ('ready', 'failed')");
        }

        using var second = CliProcess.Start(["ingest", RepositoryPaths.Knowledge, "--data", _data.Path, "--json"]);
        var output = await second.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(5));
        await second.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(second.ExitCode == 0, output + await second.StandardError.ReadToEndAsync());
        Assert.Contains($"\"unchanged\": {committed}", output, StringComparison.Ordinal);
        using var connection = Open();
        Assert.Equal(files, Scalar(connection, "SELECT COUNT(DISTINCT source) FROM documents"));
        Assert.Equal(files, Scalar(connection, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(Scalar(connection, "SELECT SUM(chunk_count) FROM documents"), Scalar(connection, "SELECT COUNT(*) FROM chunks"));
        // The killed run's unfinished items were taken up, not duplicated; files it had finished got a new item each,
        // and the killed run's finished items were then forgotten: one row per file is left.
        Assert.True(finishedBeforeTheKill > 0, "the killed run had finished no item");
        Assert.Equal(0, Scalar(connection, "SELECT COUNT(*) FROM admin_ingestion_queue WHERE state NOT IN ('ready', 'failed')"));
        Assert.Equal(files, Scalar(connection, "SELECT COUNT(*) FROM admin_ingestion_queue"));
        Assert.Equal(files, Scalar(connection, "SELECT COUNT(DISTINCT source) FROM admin_ingestion_queue"));
    }

    [Fact]
    public async Task IngestLeavesOneFinishedQueueItemPerFileRequestedByTheCli()
    {
        using var knowledge = new TempDirectory("slm-cli-knowledge");
        Directory.CreateDirectory(knowledge.Combine("outdoor"));
        File.WriteAllText(knowledge.Combine("outdoor", "hours.md"), "# Opening Hours\n\nThe store opens at nine and closes at six.\n");
        File.WriteAllText(knowledge.Combine("outdoor", "rentals.md"), "# Kayak Rentals\n\nKayaks rent by the hour, life jacket included.\n");

        var output = await CliProcess.RunAsync(["ingest", knowledge.Path, "--data", _data.Path, "--json"]);

        Assert.Contains("\"ingested\": 2", output, StringComparison.Ordinal);
        using var connection = Open();
        Assert.Equal(2, Scalar(connection, "SELECT COUNT(*) FROM admin_ingestion_queue"));
        Assert.Equal(2, Scalar(connection,
            "SELECT COUNT(*) FROM admin_ingestion_queue WHERE kind = 'file' AND requested_by = 'cli' AND state = 'ready' AND outcome = 'ingested' AND batch_id IS NOT NULL"));
        Assert.Equal(1, Scalar(connection, "SELECT COUNT(DISTINCT batch_id) FROM admin_ingestion_queue"));
        Assert.Equal(0, Scalar(connection, "SELECT COUNT(*) FROM documents WHERE source NOT IN (SELECT source FROM admin_ingestion_queue)"));
        Assert.Equal(2, Scalar(connection, "SELECT COUNT(*) FROM documents"));
    }

    [Fact]
    public async Task TheSameFolderIngestedFromTwoWorkingDirectoriesIsOneDocumentPerFileAndSyncRemovesOnlyWhatIsGone()
    {
        using var root = new TempDirectory("slm-cli-identity");
        var knowledge = Directory.CreateDirectory(root.Combine("knowledge", "outdoor")).Parent!.FullName;
        File.WriteAllText(root.Combine("knowledge", "outdoor", "hours.md"), "# Opening Hours\n\nThe store opens at nine and closes at six.\n");
        File.WriteAllText(root.Combine("knowledge", "outdoor", "rentals.md"), "# Kayak Rentals\n\nKayaks rent by the hour, life jacket included.\n");
        File.WriteAllText(root.Combine("knowledge", "outdoor", "old-prices.md"), "# Old Prices\n\nA kayak cost ten dollars an hour in 2020.\n");
        var elsewhere = Directory.CreateDirectory(root.Combine("elsewhere")).FullName;

        await CliProcess.RunAsync(["ingest", "knowledge", "--data", _data.Path, "--json"], workingDirectory: root.Path);
        File.Delete(root.Combine("knowledge", "outdoor", "old-prices.md"));
        var output = await CliProcess.RunAsync(["ingest", knowledge, "--data", _data.Path, "--sync", "--json"], workingDirectory: elsewhere);

        Assert.Contains("\"unchanged\": 2", output, StringComparison.Ordinal);
        Assert.Contains("\"removed\": 1", output, StringComparison.Ordinal);
        using var connection = Open();
        Assert.Equal(2, Scalar(connection, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(1, Scalar(connection, "SELECT COUNT(*) FROM documents WHERE source = 'outdoor/hours.md'"));
        Assert.Equal(1, Scalar(connection, "SELECT COUNT(*) FROM documents WHERE source = 'outdoor/rentals.md'"));
        Assert.Equal(Scalar(connection, "SELECT SUM(chunk_count) FROM documents"), Scalar(connection, "SELECT COUNT(*) FROM chunks"));
    }

    [Fact]
    public async Task AFileNameWithANewlineOrABidiOverrideIsPrintedEscapedOnOneLine()
    {
        using var knowledge = new TempDirectory("slm-cli-names");
        Directory.CreateDirectory(knowledge.Combine("outdoor"));
        File.WriteAllText(knowledge.Combine("outdoor", "bad\nline.pdf"), "%PDF-1.7 truncated");
        File.WriteAllText(knowledge.Combine("outdoor", "fdp.\u202Eexe.pdf"), "%PDF-1.7 truncated");

        using var process = CliProcess.Start(["ingest", knowledge.Path, "--data", _data.Path]);
        var output = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        var failed = output.Split('\n').Where(line => line.StartsWith("failed", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, failed.Count);
        Assert.Contains(failed, line => line.Contains("bad\\u000Aline.pdf", StringComparison.Ordinal));
        Assert.Contains(failed, line => line.Contains("fdp.\\u202Eexe.pdf", StringComparison.Ordinal));
        Assert.DoesNotContain('\u202E', output);
    }

    private int DocumentCount()
    {
        if (!File.Exists(Path.Combine(_data.Path, "knowledge.db")))
        {
            return 0;
        }

        try
        {
            using var connection = Open();
            return Scalar(connection, "SELECT COUNT(*) FROM documents");
        }
        catch (SqliteException)
        {
            return 0; // schema not created yet, or the writer holds the lock for a moment
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_data.Path, "knowledge.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
