using System.ComponentModel;
using SlmAssistant.Inference.Onnx.Hub;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>Downloads a model folder from the Hugging Face hub (HF_ENDPOINT, HF_TOKEN), resuming partial files.</summary>
public sealed class ModelPullCommand : AsyncCommand<ModelPullCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<REPO>")]
        [Description("Hub repository, e.g. microsoft/Phi-3.5-mini-instruct-onnx.")]
        public string Repository { get; init; } = string.Empty;

        [CommandOption("--include <GLOB>")]
        [Description("Only files matching these globs (repeatable), e.g. 'cpu_and_mobile/cpu-int4-awq-block-128-acc-level-4/*'.")]
        public string[] Include { get; init; } = [];

        [CommandOption("--revision <REV>")]
        [DefaultValue("main")]
        public string Revision { get; init; } = "main";

        [CommandOption("--dir <DIR>")]
        [Description("Target folder (default models/<repo name>).")]
        public string? Directory { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var target = settings.Directory ?? Path.Combine("models", settings.Repository.Split('/')[^1]);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var puller = new HuggingFaceModelPuller(http, HuggingFaceHubOptions.FromEnvironment());
        var request = new ModelPullRequest(settings.Repository, target) { Revision = settings.Revision, Include = settings.Include };
        ModelPullResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn())
            .StartAsync(async progressContext =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new Infrastructure.SynchronousProgress<ModelPullProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Path, out var task))
                    {
                        task = tasks[p.Path] = progressContext.AddTask(Markup.Escape(p.Path), maxValue: Math.Max(1, p.TotalBytes));
                    }

                    task.Value = p.BytesDone;
                });
                result = await puller.PullAsync(request, progress, cancellationToken);
            });

        AnsiConsole.MarkupLine($"{result!.Files.Count} files in [bold]{Markup.Escape(target)}[/]");
        if (result.ModelFolder is not null)
        {
            AnsiConsole.MarkupLine($"Set [bold]Slm__ModelPath={Markup.Escape(result.ModelFolder)}[/] to answer with this model.");
        }

        return 0;
    }
}
