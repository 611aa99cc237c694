using SlmAssistant.Ingestion.Pipeline;
using HostileFiles = SlmAssistant.Ingestion.Tests.Support.HostileFiles;
using SlmAssistant.TestKit;

namespace SlmAssistant.Ingestion.Tests.Integration;

/// <summary>
/// Hostile files fail alone, as "too complex" with a reason that names them, while the other files of the run still
/// ingest: the real pipeline and store, generated files, outcomes and reasons asserted (never timings).
/// </summary>
public sealed class ExtractionBudgetTests : IDisposable
{
    private const string Normal = "# Opening Hours\n\nThe Zephyr Outdoor store opens at nine and closes at six, every day but Sunday.\n";

    private readonly TempDirectory _files = new("slm-hostile");

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task AnHtmlPageOfTwoHundredThousandNestedDivsFailsAloneAsTooComplex()
    {
        const int depth = 200_000;
        Write("shop/deep.html", HostileFiles.NestedDivsHtml(depth, "a refund takes five days"));
        Write("shop/hours.md", Normal);

        var (report, stored) = await IngestAsync();

        var deep = report.Files.Single(f => f.Source.EndsWith("deep.html", StringComparison.Ordinal));
        Assert.Equal(IngestionOutcome.Failed, deep.Status);
        Assert.Contains("'deep.html' is too complex to ingest", deep.Reason, StringComparison.Ordinal);
        Assert.Contains("Ingestion:MaxHtmlDepth", deep.Reason, StringComparison.Ordinal);
        Assert.Equal(["hours.md"], stored);
    }

    [Theory]
    [InlineData("one-line")]
    [InlineData("indented")]
    [InlineData("quotes")]
    public async Task DeeplyNestedMarkdownFailsAloneAsTooComplex(string shape)
    {
        var text = shape switch
        {
            "one-line" => HostileFiles.NestedMarkdownList(100_000, "a refund takes five days"),
            "indented" => string.Concat(Enumerable.Range(0, 2_000).Select(level => $"{new string(' ', level * 2)}- level {level}\n")),
            _ => HostileFiles.Repeat("> ", 100_000) + "a refund takes five days\n",
        };
        Write("shop/deep.md", text);
        Write("shop/hours.md", Normal);

        var (report, stored) = await IngestAsync();

        var deep = report.Files.Single(f => f.Source.EndsWith("deep.md", StringComparison.Ordinal));
        Assert.Equal(IngestionOutcome.Failed, deep.Status);
        Assert.Contains("'deep.md' is too complex to ingest", deep.Reason, StringComparison.Ordinal);
        Assert.Contains("Ingestion:MaxMarkdownNesting", deep.Reason, StringComparison.Ordinal);
        Assert.Equal(["hours.md"], stored);
    }

    [Fact]
    public async Task AMarkdownListNestedAFewLevelsStillIngests()
    {
        Write("shop/steps.md", "# Returns\n\n- Pack the item\n  - Keep the receipt\n    - Print the label\n      > Drop it at the post office\n");

        var (report, stored) = await IngestAsync();

        Assert.Equal(1, report.Ingested);
        Assert.Equal(["steps.md"], stored);
    }

    [Fact]
    public async Task AFileOverATinyTimeBudgetFailsAloneAsTooComplex()
    {
        Write("shop/long.html", $"<html><body>{string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<p>Paragraph {i} of the returns policy.</p>"))}</body></html>");

        var (report, stored) = await IngestAsync(new Dictionary<string, string?> { ["Ingestion:ExtractionTimeBudget"] = "00:00:00.001" });

        var failed = Assert.Single(report.Files);
        Assert.Equal(IngestionOutcome.Failed, failed.Status);
        Assert.Contains("'long.html' is too complex to ingest", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("Ingestion:ExtractionTimeBudget", failed.Reason, StringComparison.Ordinal);
        Assert.Empty(stored);
    }

    [Fact]
    public async Task AFileOverATinyMemoryBudgetFailsAloneAsTooComplex()
    {
        Write("shop/hours.md", Normal);

        var (report, stored) = await IngestAsync(new Dictionary<string, string?> { ["Ingestion:ExtractionMemoryBudgetBytes"] = "1024" });

        var failed = Assert.Single(report.Files);
        Assert.Equal(IngestionOutcome.Failed, failed.Status);
        Assert.Contains("'hours.md' is too complex to ingest", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("Ingestion:ExtractionMemoryBudgetBytes", failed.Reason, StringComparison.Ordinal);
        Assert.Empty(stored);
    }

    private async Task<(IngestionReport Report, List<string> Stored)> IngestAsync(IDictionary<string, string?>? settings = null)
    {
        await using var harness = KnowledgeHarness.Create(settings);
        try
        {
            var report = await harness.Batches.IngestAsync([_files.Path], IngestionRequest.Default, Ingestion.Queue.BatchIngestion.Cli, Ingestion.Queue.BatchDrain.Inline);
            var stored = (await harness.Store.ListDocumentsAsync()).Select(d => Path.GetFileName(d.Source)).Order(StringComparer.Ordinal).ToList();
            return (report, stored);
        }
        finally
        {
            harness.DeleteFiles();
        }
    }

    private void Write(string relative, string text)
    {
        var path = _files.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
