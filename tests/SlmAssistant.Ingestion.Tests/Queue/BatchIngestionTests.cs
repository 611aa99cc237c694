using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Ingestion.Queue;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Documents;

namespace SlmAssistant.Ingestion.Tests.Queue;

/// <summary>Runs over folders through the queue (as `slm ingest` runs), against the real store, model and queue table.</summary>
public sealed class BatchIngestionTests : IAsyncLifetime, IDisposable
{
    private static readonly Dictionary<string, string?> FastPolling = new() { ["Ingestion:Queue:PollInterval"] = "00:00:00.100" };

    private readonly TempDirectory _files = new("slm-batch-files");
    private KnowledgeHarness _harness = null!;

    public Task InitializeAsync()
    {
        _harness = KnowledgeHarness.Create(FastPolling);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _harness.DeleteFiles();
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ARunThroughTheQueueReportsExactlyWhatADirectPipelineRunReports()
    {
        Write("docs/good.md", "# Good\n\n## Hours\n\nThe store opens at 9 a.m. every day of the week.\n");
        var pdf = PdfDocumentWriter.Write(SampleDocument.ParseMarkdown("# Broken\n\n## Part\n\nThis PDF is cut short on purpose."));
        File.WriteAllBytes(_files.Combine("docs", "corrupt.pdf"), pdf[..(pdf.Length / 2)]);
        File.WriteAllBytes(_files.Combine("docs", "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 hours: we open at 7 a.m. and serve cr\u00e8me br\u00fbl\u00e9e."));
        using (var big = File.Create(_files.Combine("docs", "huge.txt")))
        {
            big.SetLength(50L * 1024 * 1024);
        }

        string[] paths = [_files.Path, _files.Combine("no-such-folder")];
        using var directStore = new TempDirectory("slm-batch-direct");
        IngestionReport expected;
        await using (var direct = KnowledgeHarness.Create(directory: directStore))
        {
            expected = await direct.Pipeline.IngestAsync(paths, IngestionRequest.Default);
        }

        var report = await _harness.Batches.IngestAsync(paths, IngestionRequest.Default, BatchIngestion.Cli, BatchDrain.Inline);

        Assert.Equal(Lines(expected), Lines(report));
        Assert.Equal((2, 3), (report.Ingested, report.Failed));
        Assert.Contains(report.Files, f => f.Warnings.Count > 0);
    }

    [Fact]
    public async Task ARunLeavesOneFinishedFileItemPerFileInOneBatch()
    {
        Write("faq/hours.md", "# Hours\n\nThe help desk answers from 8 a.m. to 6 p.m. on weekdays.\n");
        Write("faq/fees.md", "# Fees\n\nThe restocking fee for kayaks is 12 percent of the price.\n");

        var report = await _harness.Batches.IngestAsync([_files.Path], IngestionRequest.Default, BatchIngestion.Cli, BatchDrain.Inline);

        var items = await _harness.Queue.ListRecentAsync(100, CancellationToken.None);
        Assert.Equal(2, report.Ingested);
        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Equal((QueueItemKinds.File, IngestionSteps.Ready, "ingested", BatchIngestion.Cli, 1), (item.Kind, item.State, item.Outcome, item.RequestedBy, item.Attempts)));
        Assert.Single(items.Select(i => i.BatchId).Distinct());
        Assert.NotNull(items[0].BatchId);
        Assert.Equal(report.Files.Select(f => f.Source).Order(), items.Select(i => i.Source).Order());
        Assert.Equal(items.Select(i => i.Source).Order(), (await _harness.Store.ListDocumentsAsync()).Select(d => d.Source).Order());
    }

    [Fact]
    public async Task RunningAgainOverTheSameFilesKeepsOneFinishedItemPerFile()
    {
        Write("faq/hours.md", "# Hours\n\nThe help desk answers from 8 a.m. to 6 p.m. on weekdays.\n");
        Write("faq/fees.md", "# Fees\n\nThe restocking fee for kayaks is 12 percent of the price.\n");

        await _harness.Batches.IngestAsync([_files.Path], IngestionRequest.Default, BatchIngestion.Cli, BatchDrain.Inline);
        await _harness.Batches.IngestAsync([_files.Path], IngestionRequest.Default, BatchIngestion.Seeding, BatchDrain.Inline);
        var third = await _harness.Batches.IngestAsync([_files.Path], IngestionRequest.Default, BatchIngestion.Cli, BatchDrain.Inline);

        var items = await _harness.Queue.ListRecentAsync(100, CancellationToken.None);
        Assert.Equal(2, third.Unchanged);
        Assert.Equal(2, items.Count);
        Assert.Single(items.Select(i => i.BatchId).Distinct());
        Assert.All(items, item => Assert.Equal(BatchIngestion.Cli, item.RequestedBy));
    }

    [Fact]
    public async Task ItemsAbandonedByADeadRunAreAdoptedAndFinishedWithoutDuplicates()
    {
        var paths = Enumerable.Range(0, 3).Select(i => Write($"faq/topic-{i}.md", $"# Topic {i}\n\nTopic {i} covers question {i} in enough words.\n")).ToList();
        // A run that died ten minutes ago: two items claimed under a one-minute lease, one still queued.
        var dead = DeadRun(TimeSpan.FromMinutes(10));
        foreach (var path in paths)
        {
            await dead.EnqueueFileAsync(FileItem(path, "dead-batch"), CancellationToken.None);
        }

        await dead.ClaimNextAsync(TimeSpan.FromMinutes(1), CancellationToken.None);
        await dead.ClaimNextAsync(TimeSpan.FromMinutes(1), CancellationToken.None);

        var report = await _harness.Batches.IngestAsync([_files.Path], IngestionRequest.Default, BatchIngestion.Cli, BatchDrain.Inline);

        var items = await _harness.Queue.ListRecentAsync(100, CancellationToken.None);
        Assert.Equal(3, report.Ingested);
        Assert.Equal(3, items.Count);
        Assert.All(items, item => Assert.Equal(IngestionSteps.Ready, item.State));
        Assert.Equal([1, 2, 2], items.Select(i => i.Attempts).Order());
        Assert.DoesNotContain(items, i => i.BatchId == "dead-batch");
        Assert.Equal(0, await _harness.Queue.CountPendingAsync(CancellationToken.None));
        Assert.Equal(3, (await _harness.Store.ListDocumentsAsync()).Count);
    }

    [Fact]
    public async Task AnItemStillLeasedByADeadRunIsTakenOverOnceItsLeaseRunsOut()
    {
        var held = Write("faq/held.md", "# Held\n\nThis file was being ingested when its process was killed.\n");
        Write("faq/other.md", "# Other\n\nThis file was never reached by the killed process.\n");
        var dying = DeadRun(TimeSpan.Zero);
        await dying.EnqueueFileAsync(FileItem(held, "killed-batch"), CancellationToken.None);
        var claimed = await dying.ClaimNextAsync(TimeSpan.FromSeconds(2), CancellationToken.None);

        var started = DateTimeOffset.UtcNow;
        var report = await _harness.Batches.IngestAsync([_files.Path], IngestionRequest.Default, BatchIngestion.Cli, BatchDrain.Inline)
            .WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(1.5), "the run took the item before its lease ran out");
        Assert.Equal(2, report.Ingested);
        var items = await _harness.Queue.ListRecentAsync(100, CancellationToken.None);
        Assert.Equal(2, items.Count);
        var taken = Assert.Single(items, i => i.Id == claimed!.Id);
        Assert.Equal((IngestionSteps.Ready, 2), (taken.State, taken.Attempts));
    }

    [Fact]
    public async Task TheProgressOfARunNumbersEachFileWithinTheRun()
    {
        for (var i = 0; i < 3; i++)
        {
            Write($"faq/topic-{i}.md", $"# Topic {i}\n\nTopic {i} covers question {i} in enough words.\n");
        }

        var seen = new List<IngestionProgress>();
        var report = await _harness.Batches.IngestAsync(
            [_files.Path], IngestionRequest.Default, BatchIngestion.Cli, BatchDrain.Inline, new SynchronousProgress(seen.Add));

        Assert.All(seen, p => Assert.Equal(3, p.FileCount));
        Assert.Equal([1, 2, 3], seen.Select(p => p.FileIndex).Distinct());
        Assert.Equal(report.Files.Select(f => f.Source), seen.Select(p => p.Source).Distinct());
        Assert.Equal(3, seen.Count(p => p.Step == IngestionSteps.Ready));
    }

    [Fact]
    public async Task ASyncRunRemovesDocumentsWhoseFilesAreGoneAfterItsBatch()
    {
        var gone = Write("legal/old-terms.md", "# Old terms\n\nThese terms were replaced in 2024 by the new terms.\n");
        Write("legal/terms.md", "# Terms\n\nThese terms apply to every subscription.\n");
        await _harness.Batches.IngestAsync([_files.Path], IngestionRequest.Default, BatchIngestion.Cli, BatchDrain.Inline);
        File.Delete(gone);

        var report = await _harness.Batches.IngestAsync([_files.Path], new IngestionRequest { Sync = true }, BatchIngestion.Cli, BatchDrain.Inline);

        Assert.Equal((1, 1), (report.Unchanged, report.Removed));
        Assert.Equal(IngestionOutcome.Removed, report.Files[^1].Status);
        var remaining = Assert.Single(await _harness.Store.ListDocumentsAsync());
        Assert.EndsWith("terms.md", remaining.Source, StringComparison.Ordinal);
    }

    private static List<string> Lines(IngestionReport report) =>
        report.Files.Select(f => $"{f.Source} {f.Status} {f.Chunks} {f.Reason} [{string.Join("; ", f.Warnings)}]").ToList();

    /// <summary>A second queue over the same file whose clock stands <paramref name="ago"/> in the past: another process.</summary>
    private IngestionQueueStore DeadRun(TimeSpan ago) =>
        new(_harness.Services.GetRequiredService<IngestionQueueDatabase>(), new FixedTime(DateTimeOffset.UtcNow - ago));

    private static IngestionQueueItem FileItem(string path, string batchId)
    {
        var now = DateTimeOffset.UtcNow;
        return new IngestionQueueItem(
            Guid.NewGuid().ToString("N"), QueueItemKinds.File, SourceIdentity.ForSingleFile(path), Path.GetFileName(path),
            "faq", null, path, new FileInfo(path).Length, null, IngestionSteps.Queued, null, 0, null, BatchIngestion.Cli, now, now, 0) { BatchId = batchId };
    }

    private string Write(string relative, string text)
    {
        var path = _files.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class SynchronousProgress(Action<IngestionProgress> report) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value) => report(value);
    }
}
