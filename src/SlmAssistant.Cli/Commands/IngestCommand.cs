using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Cli.Infrastructure;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Ingestion.Queue;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

public sealed class IngestCommand : AsyncCommand<IngestCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Files or folders to ingest (folders recursively; the first folder level names the domain).")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--domain <NAME>")]
        [Description("Domain of every document, instead of inferring it from folder names.")]
        public string? Domain { get; init; }

        [CommandOption("--sync")]
        [Description("Also remove stored documents whose files under the given folders are gone.")]
        public bool Sync { get; init; }

        [CommandOption("--url <URL>")]
        [Description("The public address of the document (one file only), linked from its citations.")]
        public string? Url { get; init; }

        public override ValidationResult Validate()
        {
            if (Url is null)
            {
                return ValidationResult.Success();
            }

            if (Paths.Length != 1 || Directory.Exists(Paths[0]))
            {
                return ValidationResult.Error("--url names the public address of one document: give exactly one file.");
            }

            return Ingestion.Extractors.DocumentUrl.Normalize(Url) is null
                ? ValidationResult.Error($"--url must be an absolute http or https address, not '{Url}'.")
                : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Create(settings.Data);
        // The CLI has no background worker: it ingests its own batch of the shared queue, under the short batch lease.
        var batches = services.GetRequiredService<BatchIngestion>();
        var request = new IngestionRequest { Domain = settings.Domain, Sync = settings.Sync, Url = settings.Url };
        var report = settings.Json
            ? await batches.IngestAsync(settings.Paths, request, BatchIngestion.Cli, BatchDrain.Inline, progress: null, cancellationToken)
            : await IngestWithProgressAsync(batches, settings.Paths, request, cancellationToken);

        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                ingested = report.Ingested,
                unchanged = report.Unchanged,
                removed = report.Removed,
                failed = report.Failed,
                chunksWritten = report.ChunksWritten,
                elapsedSeconds = Math.Round(report.Elapsed.TotalSeconds, 3),
                files = report.Files,
            });
        }
        else
        {
            Print(report);
        }

        // Per-file failures are reported, not fatal: exit 1 tells scripts that something needs attention.
        return report.HasFailures ? 1 : 0;
    }

    private static async Task<IngestionReport> IngestWithProgressAsync(
        BatchIngestion batches, string[] paths, IngestionRequest request, CancellationToken cancellationToken)
    {
        IngestionReport? report = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progressContext =>
            {
                var files = progressContext.AddTask("files");
                var progress = new SynchronousProgress<IngestionProgress>(p =>
                {
                    files.MaxValue = Math.Max(1, p.FileCount);
                    files.Value = p.FileIndex - 1 + (p.ChunkCount == 0 ? 0 : (double)p.ChunksEmbedded / p.ChunkCount);
                    files.Description = Markup.Escape($"{p.Step,-10} {ConsoleText.Visible(Shorten(p.Source))}");
                });
                report = await batches.IngestAsync(paths, request, BatchIngestion.Cli, BatchDrain.Inline, progress, cancellationToken);
                files.Value = files.MaxValue;
            });
        return report!;
    }

    private static void Print(IngestionReport report)
    {
        foreach (var file in report.Files.Where(f => f.Status == IngestionOutcome.Failed))
        {
            AnsiConsole.MarkupLine($"[red]failed[/]  {Markup.Escape(ConsoleText.Visible(file.Source))}: {Markup.Escape(ConsoleText.Visible(file.Reason ?? "unknown error"))}");
        }

        foreach (var file in report.Files.Where(f => f.Warnings.Count > 0))
        {
            AnsiConsole.MarkupLine($"[yellow]warning[/] {Markup.Escape(ConsoleText.Visible(file.Source))}: {Markup.Escape(ConsoleText.Visible(string.Join("; ", file.Warnings)))}");
        }

        AnsiConsole.MarkupLine(
            $"[green]{report.Ingested} ingested[/], {report.Unchanged} unchanged, {report.Removed} removed, " +
            $"{(report.Failed > 0 ? "[red]" : string.Empty)}{report.Failed} failed{(report.Failed > 0 ? "[/]" : string.Empty)}; " +
            $"{report.ChunksWritten} chunks written in {report.Elapsed.TotalSeconds:F1} s");
    }

    private static string Shorten(string source) => source.Length <= 48 ? source : "..." + source[^45..];
}
