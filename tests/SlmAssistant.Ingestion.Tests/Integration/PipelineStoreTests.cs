using System.Text;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Documents;

namespace SlmAssistant.Ingestion.Tests.Integration;

/// <summary>The pipeline against the real SQLite store and embedding model, on small folders written per test.</summary>
public sealed class PipelineStoreTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _files = new("slm-files");
    private KnowledgeHarness _harness = null!;

    public Task InitializeAsync()
    {
        _harness = KnowledgeHarness.Create();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _harness.DeleteFiles();
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task AChangedFileReplacesItsChunks()
    {
        var path = Write("returns/fees.md", "# Fees\n\n## Restocking\n\nThe restocking fee for kayaks is 12 percent of the price.\n");
        await IngestAsync();
        File.WriteAllText(path, "# Fees\n\n## Restocking\n\nThe restocking fee for canoes is 20 percent of the price.\n");

        var report = await IngestAsync();

        Assert.Equal(1, report.Ingested);
        var document = Assert.Single(await _harness.Store.ListDocumentsAsync());
        var text = string.Join(" ", (await _harness.Store.GetChunksAsync(document.Id)).Select(c => c.Text));
        Assert.Contains("canoes", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kayaks", text, StringComparison.Ordinal);
        Assert.Empty(await _harness.Store.KeywordSearchAsync("kayaks", SearchFilter.None, 5));
    }

    [Fact]
    public async Task TheDocumentsPublicAddressReachesItsSearchHits()
    {
        Write("returns/fees.md", "---\nurl: https://shop.example/help/fees\n---\n# Fees\n\nThe restocking fee for kayaks is 12 percent of the price.\n");
        await IngestAsync();
        await using var upload = new MemoryStream(Encoding.UTF8.GetBytes("# Hours\n\nThe store opens at nine on weekdays.\n"));
        await _harness.Pipeline.IngestFileAsync(upload, "upload://hours.md", "returns", url: "https://shop.example/hours");

        var fees = Assert.Single(await _harness.Store.KeywordSearchAsync("kayaks", SearchFilter.None, 5));
        var hours = Assert.Single(await _harness.Store.KeywordSearchAsync("weekdays", SearchFilter.None, 5));

        Assert.Equal("https://shop.example/help/fees", fees.Chunk.ToCitation().Url);
        Assert.Equal("https://shop.example/hours", hours.Chunk.ToCitation().Url);
        Assert.Contains(await _harness.Store.ListDocumentsAsync(), d => d.Url == "https://shop.example/hours");
    }

    [Fact]
    public async Task SyncRemovesDocumentsWhoseFilesAreGone()
    {
        var gone = Write("legal/old-terms.md", "# Old terms\n\nThese terms were replaced in 2024 by the new terms.\n");
        Write("legal/terms.md", "# Terms\n\nThese terms apply to every subscription.\n");
        await IngestAsync();
        File.Delete(gone);

        var report = await _harness.Pipeline.IngestAsync([_files.Path], new IngestionRequest { Sync = true });

        Assert.Equal(1, report.Removed);
        var remaining = Assert.Single(await _harness.Store.ListDocumentsAsync());
        Assert.EndsWith("terms.md", remaining.Source, StringComparison.Ordinal);
        Assert.Equal("legal", remaining.Domain);
    }

    [Fact]
    public async Task BadInputFailsAloneWithAReasonAndTheStoreStaysConsistent()
    {
        Write("docs/good.md", "# Good\n\n## Hours\n\nThe store opens at 9 a.m. every day of the week.\n");
        var pdf = PdfDocumentWriter.Write(SampleDocument.ParseMarkdown("# Broken\n\n## Part\n\nThis PDF is cut short on purpose."));
        File.WriteAllBytes(_files.Combine("docs", "corrupt.pdf"), pdf[..(pdf.Length / 2)]);
        File.WriteAllBytes(_files.Combine("docs", "empty.txt"), []);
        File.WriteAllBytes(_files.Combine("docs", "picture.pdf"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        File.WriteAllBytes(_files.Combine("docs", "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 hours: we open at 7 a.m. and serve cr\u00e8me br\u00fbl\u00e9e."));
        using (var big = File.Create(_files.Combine("docs", "huge.txt")))
        {
            big.SetLength(50L * 1024 * 1024);
        }

        var report = await IngestAsync();

        var failed = report.Files.Where(f => f.Status == IngestionOutcome.Failed).ToDictionary(f => Path.GetFileName(f.Source), f => f.Reason!);
        Assert.Equal(["corrupt.pdf", "empty.txt", "huge.txt", "picture.pdf"], failed.Keys.Order());
        Assert.All(failed.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        Assert.Contains("MB", failed["huge.txt"], StringComparison.Ordinal);
        var latin1 = report.Files.Single(f => f.Source.EndsWith("latin1.txt", StringComparison.Ordinal));
        Assert.Equal(IngestionOutcome.Ingested, latin1.Status);
        Assert.NotEmpty(latin1.Warnings);

        var stored = await _harness.Store.ListDocumentsAsync();
        Assert.Equal(["good.md", "latin1.txt"], stored.Select(d => Path.GetFileName(d.Source)).Order());
        Assert.Equal(stored.Sum(d => d.ChunkCount), await _harness.Store.CountChunksAsync());
        var journal = await _harness.Journal.GetAsync(report.Files.Single(f => f.Source.EndsWith("corrupt.pdf", StringComparison.Ordinal)).Source);
        Assert.Equal(IngestionSteps.Failed, journal!.Step);
    }

    [Fact]
    public async Task AnInterruptedRunIsFinishedByTheNextWithoutDuplicates()
    {
        for (var i = 0; i < 6; i++)
        {
            Write($"faq/topic-{i}.md", $"# Topic {i}\n\n## Details\n\nTopic {i} covers question {i} in enough words to make a chunk of its own.\n");
        }

        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            // Stop in the middle of the fourth file, after it was chunked and before it is indexed.
            if (p.FileIndex == 4 && p.Step == IngestionSteps.Embedding)
            {
                cancel.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _harness.Pipeline.IngestAsync([_files.Path], IngestionRequest.Default, progress, cancel.Token));
        Assert.Equal(3, (await _harness.Store.ListDocumentsAsync()).Count);

        var rerun = await IngestAsync();

        Assert.Equal((3, 3), (rerun.Unchanged, rerun.Ingested));
        var documents = await _harness.Store.ListDocumentsAsync();
        Assert.Equal(6, documents.Select(d => d.Source).Distinct().Count());
        Assert.Equal(documents.Sum(d => d.ChunkCount), await _harness.Store.CountChunksAsync());
    }

    [Fact]
    public async Task ADocumentStoredJustBeforeAStopIsNotIngestedAgain()
    {
        Write("faq/hours.md", "# Hours\n\n## Weekdays\n\nThe help desk answers from 8 a.m. to 6 p.m. on weekdays.\n");
        var first = await IngestAsync();
        var source = first.Files[0].Source;
        var stored = await _harness.Store.FindBySourceAsync(source);
        // A stop between the store's commit and the journal's "ready" leaves the journal one step behind.
        await _harness.Journal.RecordAsync(new IngestionEntry(source, stored!.ContentHash, IngestionSteps.Indexing, null, DateTimeOffset.UtcNow));

        var rerun = await IngestAsync();

        Assert.Equal(1, rerun.Unchanged);
        Assert.Equal(stored.IngestedAt, (await _harness.Store.FindBySourceAsync(source))!.IngestedAt);
        Assert.Equal(IngestionSteps.Ready, (await _harness.Journal.GetAsync(source))!.Step);
    }

    private Task<IngestionReport> IngestAsync() => _harness.Pipeline.IngestAsync([_files.Path], IngestionRequest.Default);

    private string Write(string relative, string text)
    {
        var path = _files.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class SynchronousProgress(Action<IngestionProgress> report) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value) => report(value);
    }
}
