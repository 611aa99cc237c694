using System.ComponentModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Cli.Infrastructure;
using SlmAssistant.Tools.FineTuning.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>Checks a training job's adapters against the model and registers them as candidates (all or none).</summary>
public sealed class FinetuneImportCommand : Command<FinetuneImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<OUTPUT>")]
        [Description("A job's output folder (or one .onnx_adapter file).")]
        public string Output { get; init; } = string.Empty;

        [CommandOption("--model <DIR>")]
        [Description("The ONNX model folder the adapters must load into; Slm:ModelPath unless given.")]
        public string? Model { get; init; }

        [CommandOption("--name <NAME>")]
        [Description("The candidate's name (one adapter only); the file name otherwise.")]
        public string? Name { get; init; }

        [CommandOption("--candidates <DIR>")]
        [Description("Where candidates and candidates.json live; <model>/candidates unless given.")]
        public string? Candidates { get; init; }

        [CommandOption("--json")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var model = settings.Model ?? ConfiguredModel();
        if (string.IsNullOrWhiteSpace(model))
        {
            AnsiConsole.MarkupLine("[red]No model: pass --model DIR or set Slm:ModelPath.[/]");
            return 2;
        }

        AdapterImportResult result;
        try
        {
            var registry = new CandidateRegistry(settings.Candidates ?? Path.Combine(model, "candidates"));
            result = AdapterImporter.Import(settings.Output, model, registry, settings.Name);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
            return 2;
        }

        if (settings.Json)
        {
            JsonOutput.Write(result);
            return result.Succeeded ? 0 : 1;
        }

        foreach (var refusal in result.Refused)
        {
            AnsiConsole.MarkupLine($"[red]Refused[/] {Markup.Escape(Path.GetFileName(refusal.File))}: {Markup.Escape(refusal.Reason)}");
        }

        if (result.Refused.Count > 0)
        {
            AnsiConsole.MarkupLine("Nothing registered.");
            return 1;
        }

        foreach (var candidate in result.Registered)
        {
            AnsiConsole.MarkupLine($"Candidate [bold]{Markup.Escape(candidate.Name)}[/] registered ({candidate.Parameters} tensors, sha256 {candidate.Sha256[..12]}…, job {Markup.Escape(candidate.SourceJob ?? "unknown")})");
        }

        return 0;
    }

    private static string? ConfiguredModel()
    {
        using var services = CliServices.Create(dataDirectory: null);
        return services.GetRequiredService<IConfiguration>()["Slm:ModelPath"];
    }
}
