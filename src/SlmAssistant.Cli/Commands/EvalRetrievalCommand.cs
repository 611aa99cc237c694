using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Cli.Infrastructure;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Tools.Evaluation.Retrieval;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>
/// Indexes a BEIR corpus through the real ingestion pipeline into a temporary store, then scores hybrid retrieval on
/// the split's judged queries (nDCG@10, recall@10/100, MRR@10).
/// </summary>
public sealed class EvalRetrievalCommand : AsyncCommand<EvalRetrievalCommand.Settings>
{
    private const string SourcePrefix = "beir://";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--beir <DIR>")]
        [Description("Folder in BEIR layout: corpus.jsonl, queries.jsonl, qrels/<split>.tsv.")]
        public string Beir { get; init; } = string.Empty;

        [CommandOption("--split <SPLIT>")]
        [DefaultValue("test")]
        public string Split { get; init; } = "test";

        [CommandOption("--json")]
        public bool Json { get; init; }

        [CommandOption("--keep <DIR>")]
        [Description("Keep the indexed store in this folder (reused when it already holds the corpus).")]
        public string? Keep { get; init; }

        public override ValidationResult Validate() =>
            Directory.Exists(Beir) ? ValidationResult.Success() : ValidationResult.Error($"--beir: folder '{Beir}' not found");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataset = BeirDataset.Load(settings.Beir, settings.Split);
        var storeDirectory = settings.Keep ?? Path.Combine(Path.GetTempPath(), $"slm-beir-{Guid.NewGuid():N}");
        try
        {
            await using var services = CliServices.Create(storeDirectory);
            var indexing = await IndexAsync(services.GetRequiredService<IngestionPipeline>(), dataset.Corpus, settings.Json, cancellationToken);
            var evaluator = new RetrievalEvaluator(services.GetRequiredService<IKnowledgeSearch>(), chunk => chunk.Source[SourcePrefix.Length..^3]);
            var scores = await evaluator.EvaluateAsync(dataset.Queries, dataset.Judgments, cancellationToken);
            var peakMemoryMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            if (settings.Json)
            {
                JsonOutput.Write(new Dictionary<string, object>
                {
                    ["ndcg@10"] = Math.Round(scores.NdcgAt10, 4),
                    ["recall@10"] = Math.Round(scores.RecallAt10, 4),
                    ["recall@100"] = Math.Round(scores.RecallAt100, 4),
                    ["mrr@10"] = Math.Round(scores.MrrAt10, 4),
                    ["queries"] = scores.Queries,
                    ["documents"] = dataset.Corpus.Count,
                    ["chunks"] = indexing.Chunks,
                    ["indexSeconds"] = Math.Round(indexing.Elapsed.TotalSeconds, 1),
                    ["documentsPerSecond"] = Math.Round(indexing.DocumentsPerSecond, 1),
                    ["meanSearchMs"] = Math.Round(scores.MeanLatency.TotalMilliseconds, 2),
                    ["peakMemoryMb"] = Math.Round(peakMemoryMb),
                });
            }
            else
            {
                AnsiConsole.MarkupLine($"{dataset.Corpus.Count} documents -> {indexing.Chunks} chunks in {indexing.Elapsed.TotalSeconds:F1} s ({indexing.DocumentsPerSecond:F1} docs/s)");
                AnsiConsole.MarkupLine($"[bold]{settings.Split}[/]: {Markup.Escape(scores.ToString())}; peak memory {peakMemoryMb:F0} MB");
            }

            return 0;
        }
        finally
        {
            if (settings.Keep is null)
            {
                TryDelete(storeDirectory);
            }
        }
    }

    private static async Task<(int Chunks, TimeSpan Elapsed, double DocumentsPerSecond)> IndexAsync(
        IngestionPipeline pipeline, IReadOnlyList<BeirDocument> corpus, bool quiet, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var chunks = 0;
        async Task IndexAll(Action<int>? onProgress)
        {
            for (var i = 0; i < corpus.Count; i++)
            {
                var document = corpus[i];
                var markdown = $"# {document.Title}\n\n{document.Text}\n";
                await using var content = new MemoryStream(Encoding.UTF8.GetBytes(markdown));
                var result = await pipeline.IngestFileAsync(content, $"{SourcePrefix}{document.Id}.md", "beir", cancellationToken: cancellationToken);
                if (result.Status == IngestionOutcome.Failed)
                {
                    throw new InvalidDataException($"BEIR document {document.Id} failed to ingest: {result.Reason}");
                }

                chunks += result.Chunks;
                onProgress?.Invoke(i + 1);
            }
        }

        if (quiet)
        {
            await IndexAll(null);
        }
        else
        {
            await AnsiConsole.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("indexing", maxValue: corpus.Count);
                    await IndexAll(done => task.Value = done);
                });
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return (chunks, elapsed, corpus.Count / Math.Max(elapsed.TotalSeconds, 1e-9));
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
