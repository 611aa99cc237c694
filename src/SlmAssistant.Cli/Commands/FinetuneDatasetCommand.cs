using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlmAssistant.Answering;
using SlmAssistant.Cli.FineTuning;
using SlmAssistant.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>
/// Writes a domain's fine-tuning data set (train.jsonl, validation.jsonl, dataset-card.json) in the chat format
/// Hugging Face TRL and Olive take, from the knowledge and the conversations in the store.
/// </summary>
public sealed class FinetuneDatasetCommand : AsyncCommand<FinetuneDatasetCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        await using var services = CliServices.Create(settings.Data);
        var options = new FineTuneDatasetOptions(settings.Domain!)
        {
            PluginsDirectory = services.GetRequiredService<IOptions<AnsweringOptions>>().Value.PluginsDirectory,
        };
        FineTuneDataset dataset;
        try
        {
            dataset = await ActivatorUtilities.CreateInstance<FineTuneDatasetBuilder>(services).BuildAsync(options, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 1;
        }

        var card = await FineTuneDatasetWriter.WriteAsync(dataset, options, settings.Out!, cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(new { card, seconds = Math.Round(clock.Elapsed.TotalSeconds, 2) });
            return 0;
        }

        var table = new Table().AddColumns("split", "examples", "synthetic", "escalation", "liked", "unanswerable");
        foreach (var (split, origins) in card.Origins)
        {
            table.AddRow([split, origins.Values.Sum().ToString(CultureInfo.InvariantCulture), .. origins.Values.Select(n => n.ToString(CultureInfo.InvariantCulture))]);
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{card.Documents.Count} documents ({dataset.ValidationDocuments.Count} held out for validation); synthetic questions whose chunk ranks first: {card.SyntheticRankedFirstShare:P1}; near-duplicates removed: {card.DuplicatesRemoved}; written to {Markup.Escape(Path.GetFullPath(settings.Out!))} in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    public sealed class Settings : StoreSettings
    {
        [CommandOption("--domain <DOMAIN>")]
        [Description("The domain whose knowledge and conversations make the data set.")]
        public string? Domain { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Folder for train.jsonl, validation.jsonl and dataset-card.json (created).")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Domain) ? ValidationResult.Error("--domain is required.")
            : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is required.")
            : ValidationResult.Success();
    }
}
