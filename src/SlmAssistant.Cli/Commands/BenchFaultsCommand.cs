using System.ComponentModel;
using System.Globalization;
using SlmAssistant.Cli.Bench;
using SlmAssistant.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>
/// Kill -9 during ingestion, N times: `slm ingest` as a child process killed after a random delay (seeded, printed),
/// the store checked as the kill left it, then a rerun that must finish with one document per file and a clean store.
/// Exit 1 when any iteration found a problem.
/// </summary>
public sealed class BenchFaultsCommand : AsyncCommand<BenchFaultsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--knowledge <DIR>")]
        [Description("Folder to ingest in every iteration (default knowledge).")]
        public string Knowledge { get; init; } = "knowledge";

        [CommandOption("--iterations <N>")]
        [Description("Kill-and-rerun iterations after the first, timed, uninterrupted run (default 20).")]
        public int Iterations { get; init; } = 20;

        [CommandOption("--seed <N>")]
        [Description("Seed of the kill delays, to replay a run (default: drawn and printed).")]
        public int? Seed { get; init; }

        [CommandOption("--data <DIR>")]
        [Description("Folder for the iterations' stores, one subfolder each, kept only when it found a problem (default: a temp folder).")]
        public string? Data { get; init; }

        [CommandOption("--json")]
        [Description("Write machine-readable JSON to stdout instead of tables.")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            !Directory.Exists(Knowledge) ? ValidationResult.Error($"--knowledge: the folder '{Knowledge}' does not exist")
            : Iterations < 1 ? ValidationResult.Error("--iterations must be at least 1")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var seed = settings.Seed ?? Random.Shared.Next();
        var temporary = settings.Data is null;
        var root = Directory.CreateDirectory(settings.Data ?? Path.Combine(Path.GetTempPath(), $"slm-faults-{Guid.NewGuid():N}")).FullName;
        if (!settings.Json)
        {
            AnsiConsole.MarkupLine($"seed [bold]{seed}[/], stores under {Markup.Escape(root)}");
        }

        var progress = settings.Json ? null : new SynchronousProgress<FaultIteration>(Print);
        var report = await new FaultLoop(Path.GetFullPath(settings.Knowledge), root, seed).RunAsync(settings.Iterations, progress, cancellationToken);
        if (temporary && report.Problems == 0)
        {
            Directory.Delete(root, recursive: true);
        }

        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                seed = report.Seed,
                iterations = report.Iterations.Count,
                files = report.Files,
                ingestSeconds = Math.Round(report.IngestSeconds, 3),
                kills = report.Kills,
                midIngestion = report.MidIngestion,
                problems = report.Problems,
                calibration = report.Calibration,
                finalDocuments = report.Iterations.Select(i => i.FinalDocuments),
                seconds = Math.Round(report.Seconds, 3),
                runs = report.Iterations,
            });
        }
        else
        {
            Summarize(report);
        }

        return report.Problems == 0 ? 0 : 1;
    }

    private static void Print(FaultIteration iteration)
    {
        var what = iteration.Killed ? $"killed after {iteration.DelayMilliseconds:F0} ms with {iteration.DocumentsAtKill} documents" : "finished before the kill";
        AnsiConsole.MarkupLine($"{iteration.Iteration,4}  {what}; {iteration.FinalDocuments} documents after the rerun");
        foreach (var problem in iteration.AfterKill.Select(p => "after the kill: " + p).Concat(iteration.AfterRerun.Select(p => "after the rerun: " + p)))
        {
            AnsiConsole.MarkupLine($"[red]      {Markup.Escape(problem)}[/]");
        }
    }

    private static void Summarize(FaultReport report)
    {
        foreach (var problem in report.Calibration)
        {
            AnsiConsole.MarkupLine($"[red]uninterrupted run: {Markup.Escape(problem)}[/]");
        }

        var finals = report.Iterations.Select(i => i.FinalDocuments).Distinct().Order().ToList();
        var table = new Table().AddColumns("figure", "value");
        table.AddRow("seed", report.Seed.ToString(CultureInfo.InvariantCulture));
        table.AddRow("iterations", report.Iterations.Count.ToString(CultureInfo.InvariantCulture));
        table.AddRow("kills (ingest still running)", report.Kills.ToString(CultureInfo.InvariantCulture));
        table.AddRow("kills mid-ingestion (some documents, not all)", report.MidIngestion.ToString(CultureInfo.InvariantCulture));
        table.AddRow("problems found", report.Problems == 0 ? "0" : $"[red]{report.Problems}[/]");
        table.AddRow("final documents (files)", $"{string.Join(", ", finals)} ({report.Files})");
        table.AddRow("uninterrupted ingest (s)", report.IngestSeconds.ToString("F1", CultureInfo.InvariantCulture));
        table.AddRow("time (s)", report.Seconds.ToString("F1", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
    }
}
