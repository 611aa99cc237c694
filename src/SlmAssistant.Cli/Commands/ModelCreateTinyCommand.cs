using System.ComponentModel;
using SlmAssistant.Tools.TinyModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>Writes a tiny llama-type ONNX model folder (and a LoRA adapter) for trying the local-model path offline.</summary>
public sealed class ModelCreateTinyCommand : Command<ModelCreateTinyCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        public string Directory { get; init; } = string.Empty;

        [CommandOption("--script <TEXT>")]
        [Description("Text the model answers with, whatever the prompt (greedy decoding). Without it the weights are random.")]
        public string? Script { get; init; }

        [CommandOption("--adapter-script <TEXT>")]
        [Description("Text the model answers with while its LoRA adapter is active.")]
        public string? AdapterScript { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var files = TinyModelWriter.Write(settings.Directory, new TinyModelOptions { Script = settings.Script, AdapterScript = settings.AdapterScript });
        AnsiConsole.MarkupLine($"Model folder written: [bold]{Markup.Escape(files.Directory)}[/]");
        AnsiConsole.MarkupLine($"Use it with: [bold]Slm__ModelPath={Markup.Escape(files.Directory)}[/]");
        if (files.AdapterPath is not null)
        {
            AnsiConsole.MarkupLine($"Adapter: [bold]Slm__Adapters__<domain>={Markup.Escape(files.AdapterPath)}[/]");
        }

        return 0;
    }
}
