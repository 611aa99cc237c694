using System.ComponentModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Cli.Infrastructure;
using SlmAssistant.Tools.Evaluation.Routing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>
/// Out-of-scope detection: exemplars from the training part, thresholds calibrated on validation only, figures on test.
/// CLINC150: train = exemplars (no OOS data), val + oos_val = calibration, test + oos_test = report.
/// </summary>
public sealed class EvalScopeCommand : AsyncCommand<EvalScopeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--clinc150 <FILE>")]
        [Description("CLINC150 data_full.json.")]
        public string? Clinc150 { get; init; }

        [CommandOption("--train <FILE>")]
        [Description("Labelled exemplars: JSONL {\"text\",\"label\"} or CSV text,label.")]
        public string? Train { get; init; }

        [CommandOption("--test <FILE>")]
        public string? Test { get; init; }

        [CommandOption("--validation <FILE>")]
        [Description("Calibration data; without it 15% of --train is held out per label.")]
        public string? Validation { get; init; }

        [CommandOption("--oos-label <LABEL>")]
        [DefaultValue(ScopeBenchmark.DefaultOosLabel)]
        public string OosLabel { get; init; } = ScopeBenchmark.DefaultOosLabel;

        [CommandOption("--method <METHOD>")]
        [Description("TrainedDetector (default: a logistic regression trained on held-out intents) or ScoreThreshold (similarity × head probability, as before).")]
        [DefaultValue(OutOfScopeMethod.TrainedDetector)]
        public OutOfScopeMethod Method { get; init; } = OutOfScopeMethod.TrainedDetector;

        [CommandOption("--target-accuracy <SHARE>")]
        [Description("In-scope accuracy the operating point must keep on validation (Wilson lower bound, one-sided 95%).")]
        [DefaultValue(0.90)]
        public double TargetAccuracy { get; init; } = 0.90;

        [CommandOption("--folds <N>")]
        [Description("TrainedDetector: folds of held-out intents (each fold's classifier is trained without 1/N of the intents).")]
        [DefaultValue(5)]
        public int Folds { get; init; } = 5;

        [CommandOption("--no-words")]
        [Description("TrainedDetector: leave out the lexical features (embedding signals only).")]
        public bool NoWords { get; init; }

        [CommandOption("--oos-negatives")]
        [Description("TrainedDetector: also learn from the training side's out-of-scope lines (CLINC150 oos_train; --train's when --validation has its own).")]
        public bool OosNegatives { get; init; }

        [CommandOption("--cache <DIR>")]
        [Description("Keep embeddings here between runs.")]
        public string? Cache { get; init; }

        [CommandOption("--json")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Clinc150 is not null || (Train is not null && Test is not null)
                ? ValidationResult.Success()
                : ValidationResult.Error("give --clinc150 FILE, or --train FILE and --test FILE");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var benchmark = settings.Clinc150 is not null
            ? ScopeBenchmark.FromClinc150(Clinc150File.Load(settings.Clinc150))
            : ScopeBenchmark.FromFiles(settings.Train!, settings.Test!, settings.Validation, settings.OosLabel);
        await using var services = CliServices.Create(dataDirectory: null);
        var evaluator = new ScopeEvaluator(services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        var report = await evaluator.EvaluateAsync(benchmark, new ScopeEvaluationSettings
        {
            EmbeddingCacheDirectory = settings.Cache,
            Method = settings.Method,
            Detector = new() { Folds = settings.Folds, UseWords = !settings.NoWords, UseOutOfScopeExamples = settings.OosNegatives },
            Calibration = new() { TargetInScopeAccuracy = settings.TargetAccuracy },
        }, cancellationToken: cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(report);
        }
        else
        {
            AnsiConsole.MarkupLine($"in-scope accuracy [bold]{report.InScopeAccuracy:P1}[/], out-of-scope recall [bold]{report.OosRecall:P1}[/], " +
                $"precision {report.OosPrecision:P1}, false escalation {report.FalseEscalationRate:P1} (threshold {report.Threshold:F3})");
        }

        return 0;
    }
}
