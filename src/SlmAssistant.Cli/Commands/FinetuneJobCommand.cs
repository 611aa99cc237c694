using System.ComponentModel;
using SlmAssistant.Tools.FineTuning.Job;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>Writes a self-contained LoRA training job for a GPU box, its LoRA settings taken from the ONNX build's adapter inputs.</summary>
public sealed class FinetuneJobCommand : Command<FinetuneJobCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--dataset <DIR>")]
        [Description("Folder with train.jsonl, validation.jsonl and the dataset card (slm finetune dataset).")]
        public string Dataset { get; init; } = string.Empty;

        [CommandOption("--base <HF_MODEL_ID>")]
        [Description("Hugging Face id of the PyTorch weights the ONNX build was made from (e.g. microsoft/Phi-3.5-mini-instruct).")]
        public string Base { get; init; } = string.Empty;

        [CommandOption("--onnx <DIR>")]
        [Description("The ONNX Runtime GenAI model folder the adapter must load into.")]
        public string Onnx { get; init; } = string.Empty;

        [CommandOption("--out <JOBDIR>")]
        public string Out { get; init; } = string.Empty;

        [CommandOption("--name <NAME>")]
        [Description("The adapter's name: the job produces output/<NAME>.onnx_adapter.")]
        [DefaultValue("adapter")]
        public string Name { get; init; } = "adapter";

        [CommandOption("--rank <R>")]
        [Description("LoRA rank, when the ONNX inputs leave it open (symbolic); a rank they fix is used as is.")]
        public int? Rank { get; init; }

        [CommandOption("--epochs <N>")]
        [DefaultValue(3)]
        public int Epochs { get; init; } = 3;

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Dataset) || string.IsNullOrWhiteSpace(Base) || string.IsNullOrWhiteSpace(Onnx) || string.IsNullOrWhiteSpace(Out)
                ? ValidationResult.Error("--dataset, --base, --onnx and --out are required.")
                : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        FineTuningJob job;
        try
        {
            job = FineTuningJobWriter.Write(new FineTuningJobSettings
            {
                DatasetDirectory = settings.Dataset,
                BaseModel = settings.Base,
                OnnxModel = settings.Onnx,
                OutputDirectory = settings.Out,
                AdapterName = settings.Name,
                Rank = settings.Rank,
                Epochs = settings.Epochs,
            });
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
            return 2;
        }

        AnsiConsole.MarkupLine($"Job [bold]{job.Id}[/] written: [bold]{Markup.Escape(job.Directory)}[/]");
        AnsiConsole.MarkupLine($"LoRA: target_modules {Markup.Escape(string.Join(", ", job.Layout.TargetModules))}, r = {job.Rank}, alpha = {job.Alpha}");
        AnsiConsole.MarkupLine($"On a GPU box: [bold]bash run.sh[/] → {Markup.Escape(job.ExpectedAdapter)}; then [bold]slm finetune import {Markup.Escape(Path.Combine(job.Directory, "output"))} --model {Markup.Escape(settings.Onnx)}[/]");
        return 0;
    }
}
