using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Consistency;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Ingestion.Queue;
using HostileFiles = SlmAssistant.Ingestion.Tests.Support.HostileFiles;
using Samples = SlmAssistant.Ingestion.Tests.Support.Samples;
using SlmAssistant.TestKit;

namespace SlmAssistant.Ingestion.Tests.Integration;

/// <summary>
/// One folder of generated hostile files beside a few good ones, ingested in one run through the real queue, pipeline
/// and store: every bad file fails alone, its source and reason reported; the good ones are searchable; nothing is
/// left half-written (the store checker finds nothing).
/// </summary>
public sealed class HostileCorpusTests : IDisposable
{
    private const long MaxFileBytes = 4 * 1024 * 1024;

    private readonly TempDirectory _files = new("slm-hostile-corpus");

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task AFolderOfHostileFilesFailsFileByFileAndLeavesTheGoodOnesSearchableAndTheStoreConsistent()
    {
        var expectedFailures = new Dictionary<string, string>
        {
            ["shop/truncated.pdf"] = "damaged",
            ["shop/encrypted.pdf"] = "encrypted",
            ["shop/bomb.docx"] = "zip bomb",
            ["shop/binary.md"] = "binary data",
            ["shop/empty.md"] = "empty",
            ["shop/huge.txt"] = "too large",
            ["shop/deep.html"] = "Ingestion:MaxHtmlDepth",
            ["shop/deep-list.md"] = "Ingestion:MaxMarkdownNesting",
        };
        Write("shop/truncated.pdf", HostileFiles.TruncatedPdf());
        Write("shop/encrypted.pdf", HostileFiles.EncryptedPdf());
        Write("shop/bomb.docx", HostileFiles.ZipBombDocx());
        Write("shop/binary.md", Noise(64 * 1024));
        Write("shop/empty.md", []);
        Write("shop/huge.txt", System.Text.Encoding.UTF8.GetBytes(HostileFiles.Repeat("A kayak rents by the hour. ", (int)(MaxFileBytes / 20))));
        Write("shop/deep.html", HostileFiles.NestedDivsHtml(200_000, "a refund takes five days"));
        Write("shop/deep-list.md", HostileFiles.NestedMarkdownList(100_000, "a refund takes five days"));

        // Good files, two of them under names a terminal or a log could be fooled by (where the file system takes them).
        var good = new Dictionary<string, string>
        {
            ["shop/hours.md"] = "The Zephyr Outdoor store opens at nine and closes at six, every day but Sunday.",
            ["shop/returns.pdf"] = "Store credit never expires and can be used online or in any shop.",
            ["shop/returns.docx"] = "Store credit never expires and can be used online or in any shop.",
        };
        Write("shop/hours.md", "# Opening Hours\n\n" + good["shop/hours.md"] + "\n");
        Write("shop/returns.pdf", Samples.ReturnsPdf());
        Write("shop/returns.docx", Samples.ReturnsDocx());
        foreach (var (name, text) in new[] { ("line\nbreak.md", "Snowshoes are rented with poles and a map of the trails."), ("\u202Egpj.md", "Bike helmets are checked for cracks before every rental.") })
        {
            if (TryWrite("shop/" + name, $"# Rentals\n\n{text}\n"))
            {
                good["shop/" + name] = text;
            }
        }

        await using var harness = KnowledgeHarness.Create(new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        try
        {
            var report = await harness.Batches.IngestAsync([_files.Path], IngestionRequest.Default, BatchIngestion.Cli, BatchDrain.Inline)
                .WaitAsync(TimeSpan.FromMinutes(5));

            var outcomes = string.Join("\n", report.Files.Select(f => $"{f.Source}: {f.Status} {f.Reason}"));
            Assert.True(report.Files.Count == expectedFailures.Count + good.Count, outcomes);
            foreach (var (source, reason) in expectedFailures)
            {
                var file = Assert.Single(report.Files, f => f.Source == source);
                Assert.True(file.Status == IngestionOutcome.Failed && file.Reason!.Contains(reason, StringComparison.Ordinal), $"{source} should fail with '{reason}':\n{outcomes}");
            }

            foreach (var (source, text) in good)
            {
                var file = Assert.Single(report.Files, f => f.Source == source);
                Assert.True(file.Status == IngestionOutcome.Ingested, $"{source} should be ingested:\n{outcomes}");
                var hits = await harness.Search.SearchAsync(new SearchRequest(text, 3));
                Assert.Contains(hits, hit => hit.Chunk.Source == source);
            }

            Assert.Equal(good.Keys.Order(StringComparer.Ordinal), (await harness.Store.ListDocumentsAsync()).Select(d => d.Source).Order(StringComparer.Ordinal));
            await harness.DisposeAsync();
            var problems = await StoreConsistencyChecker.CheckAsync(Path.Combine(harness.DataDirectory, "knowledge.db"), _files.Path);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        finally
        {
            harness.DeleteFiles();
        }
    }

    /// <summary>Seeded random bytes: binary data under a text file's name.</summary>
    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(15).NextBytes(bytes);
        return bytes;
    }

    private void Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    private void Write(string relative, byte[] content)
    {
        var path = _files.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    private bool TryWrite(string relative, string text)
    {
        try
        {
            Write(relative, text);
            return true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return false; // a file system that refuses the name
        }
    }
}
