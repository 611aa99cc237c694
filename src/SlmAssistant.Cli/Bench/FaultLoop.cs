using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SlmAssistant.Ingestion.Consistency;
using SlmAssistant.Storage;

namespace SlmAssistant.Cli.Bench;

/// <summary>
/// The kill -9 loop over `slm ingest` as a child process: one uninterrupted run first, timed (kills are drawn within its
/// time), then per iteration a fresh store, an ingest killed with its process tree after a seeded random delay, the
/// store checker on what it left, and a rerun to completion that must leave one document per file and a clean store.
/// Each iteration's store is deleted when it passed and kept for inspection when it did not.
/// </summary>
internal sealed class FaultLoop(string knowledge, string dataRoot, int seed)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);

    public async Task<FaultReport> RunAsync(int iterations, IProgress<FaultIteration>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var files = CountFiles(knowledge);
        var random = new Random(seed);
        var calibrationStore = FreshStore("calibration");
        var (calibration, _) = await FinishAsync(calibrationStore, files, cancellationToken);
        var ingestTime = clock.Elapsed;
        Forget(calibrationStore, calibration);

        var results = new List<FaultIteration>(iterations);
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            var result = await IterateAsync(iteration, random.NextDouble() * ingestTime, files, cancellationToken);
            results.Add(result);
            progress?.Report(result);
        }

        return new FaultReport(seed, files, ingestTime.TotalSeconds, calibration, results, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Files `slm ingest` takes from the folder: hidden ones and links to folders are not walked.</summary>
    public static int CountFiles(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint };
        return Directory.EnumerateFiles(folder, "*", options)
            .Count(file => !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')));
    }

    private async Task<FaultIteration> IterateAsync(int iteration, TimeSpan delay, int files, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var store = FreshStore($"iteration-{iteration.ToString(CultureInfo.InvariantCulture)}");
        var killed = false;
        using (var ingest = SelfProcess.Start(IngestArguments(store)))
        {
            var exited = ingest.Process.WaitForExitAsync(cancellationToken);
            if (await Task.WhenAny(exited, Task.Delay(delay, cancellationToken)) != exited)
            {
                killed = ingest.Kill();
            }

            await ingest.Process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(1), cancellationToken);
        }

        var atKill = CountDocuments(store);
        var afterKill = File.Exists(DatabasePath(store)) ? await CheckAsync(store, cancellationToken) : [];
        var (afterRerun, final) = await FinishAsync(store, files, cancellationToken);
        Forget(store, [.. afterKill, .. afterRerun]);
        return new FaultIteration(iteration, delay.TotalMilliseconds, killed, atKill, afterKill, afterRerun, final, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Runs an ingest to its end; its problems are a failed exit, a checker finding, or documents other than one per file.</summary>
    private async Task<(List<string> Problems, int Documents)> FinishAsync(string store, int files, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        using (var ingest = SelfProcess.Start(IngestArguments(store)))
        {
            try
            {
                await ingest.Process.WaitForExitAsync(cancellationToken).WaitAsync(RunTimeout, cancellationToken);
            }
            catch (TimeoutException)
            {
                ingest.Kill();
                await ingest.Process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(1), cancellationToken);
                problems.Add($"ingest did not finish within {RunTimeout.TotalMinutes} minutes");
                return (problems, CountDocuments(store));
            }

            if (ingest.Process.ExitCode != 0)
            {
                problems.Add($"ingest exited with {ingest.Process.ExitCode.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        problems.AddRange(await CheckAsync(store, cancellationToken));
        var documents = CountDocuments(store);
        if (documents != files)
        {
            problems.Add($"{documents.ToString(CultureInfo.InvariantCulture)} documents stored for {files.ToString(CultureInfo.InvariantCulture)} files");
        }

        return (problems, documents);
    }

    private async Task<List<string>> CheckAsync(string store, CancellationToken cancellationToken) =>
        [.. (await StoreConsistencyChecker.CheckAsync(DatabasePath(store), knowledge, cancellationToken)).Select(p => p.ToString())];

    private string[] IngestArguments(string store) => ["ingest", knowledge, "--data", store, "--json"];

    private string FreshStore(string name)
    {
        var path = Path.Combine(dataRoot, name);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return Directory.CreateDirectory(path).FullName;
    }

    private static void Forget(string store, List<string> problems)
    {
        if (problems.Count == 0)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(store, recursive: true);
        }
    }

    private static string DatabasePath(string store) => Path.Combine(store, DataDirectoryOptions.DatabaseFileName);

    private static int CountDocuments(string store)
    {
        if (!File.Exists(DatabasePath(store)))
        {
            return 0;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath(store), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'documents'";
        if (Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0; // killed before the store's tables were created
        }

        command.CommandText = "SELECT count(*) FROM documents";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
