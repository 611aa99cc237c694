using Microsoft.Data.Sqlite;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>The `slm` command as a real process: killed mid-ingestion, a rerun finishes the job without duplicates.</summary>
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

        using var second = CliProcess.Start(["ingest", RepositoryPaths.Knowledge, "--data", _data.Path, "--json"]);
        var output = await second.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(5));
        await second.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(second.ExitCode == 0, output + await second.StandardError.ReadToEndAsync());
        Assert.Contains($"\"unchanged\": {committed}", output, StringComparison.Ordinal);
        using var connection = Open();
        Assert.Equal(files, Scalar(connection, "SELECT COUNT(DISTINCT source) FROM documents"));
        Assert.Equal(files, Scalar(connection, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(Scalar(connection, "SELECT SUM(chunk_count) FROM documents"), Scalar(connection, "SELECT COUNT(*) FROM chunks"));
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
