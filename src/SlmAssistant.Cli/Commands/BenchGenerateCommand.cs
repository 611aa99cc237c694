using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML.OnnxRuntimeGenAI;
using SlmAssistant.Cli.Bench;
using SlmAssistant.Cli.Infrastructure;
using SlmAssistant.Inference.Onnx;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>
/// Tokens per second and time to first token of the local model at several concurrencies, through the product's chat
/// client and through a bare generator loop, in one run. The continuous-batching engine is not bound yet, so no
/// <c>engine</c> rows are printed.
/// </summary>
public sealed class BenchGenerateCommand : AsyncCommand<BenchGenerateCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var levels = settings.Levels;
        var shape = ModelShape.Read(settings.Model!);
        await using var services = CliServices.Create(settings.Data, new Dictionary<string, string?> { ["Slm:ModelPath"] = settings.Model });
        var client = services.GetRequiredKeyedService<IChatClient>(InferenceServiceCollectionExtensions.LocalChatClientKey);
        using var model = new Model(Path.GetFullPath(settings.Model!));
        using var tokenizer = new Tokenizer(model);

        // One warm-up each, so neither mode pays the first session run.
        await GenerateBench.ProductAsync(client, 1, 1, settings.Tokens, cancellationToken);
        await GenerateBench.BareAsync(model, tokenizer, 1, 1, settings.Tokens);
        var runs = new List<GenerateRun>();
        foreach (var concurrency in levels)
        {
            var requests = concurrency * settings.Rounds;
            runs.Add(await GenerateBench.BareAsync(model, tokenizer, concurrency, requests, settings.Tokens));
            runs.Add(await GenerateBench.ProductAsync(client, concurrency, requests, settings.Tokens, cancellationToken));
        }

        if (settings.Json)
        {
            JsonOutput.Write(new { model = shape, tokens = settings.Tokens, engine = "not bound (ONNX Runtime GenAI 0.20's engine API has no managed binding yet)", runs });
            return 0;
        }

        AnsiConsole.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{shape.Type}: {shape.Layers} layers, hidden {shape.HiddenSize}, {shape.Heads} heads / {shape.KeyValueHeads} KV, vocabulary {shape.VocabularySize}, context {shape.ContextLength}, {shape.SizeMb} MB")));
        var table = new Table().AddColumns("mode", "concurrency", "requests", "tokens", "tokens/s", "TTFT p50 ms", "TTFT p95 ms", "RSS MB");
        foreach (var run in runs)
        {
            table.AddRow([run.Mode, .. new object[] { run.Concurrency, run.Requests, run.OutputTokens, run.AggregateTokensPerSecond, run.TtftP50Ms, run.TtftP95Ms, run.RssMb }
                .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!)]);
        }

        AnsiConsole.Write(table);
        return 0;
    }

    public sealed class Settings : StoreSettings
    {
        [CommandOption("--model <DIR>")]
        [Description("The ONNX Runtime GenAI model folder (genai_config.json, model.onnx, tokenizer).")]
        public string? Model { get; init; }

        [CommandOption("--concurrency <LIST>")]
        [Description("Comma-separated concurrencies (default 1,4,8).")]
        public string Concurrency { get; init; } = "1,4,8";

        [CommandOption("--tokens <N>")]
        [Description("Most reply tokens per request (default 64).")]
        public int Tokens { get; init; } = 64;

        [CommandOption("--rounds <N>")]
        [Description("Requests per concurrency level, as a multiple of it (default 4).")]
        public int Rounds { get; init; } = 4;

        public IReadOnlyList<int> Levels => [.. Concurrency.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(level => int.Parse(level, CultureInfo.InvariantCulture))];

        public override ValidationResult Validate() =>
            Model is null || !File.Exists(Path.Combine(Model, "genai_config.json")) ? ValidationResult.Error("--model must be a model folder with genai_config.json.")
            : Concurrency.Split(',', StringSplitOptions.RemoveEmptyEntries).Any(c => !int.TryParse(c, CultureInfo.InvariantCulture, out var n) || n < 1)
                ? ValidationResult.Error("--concurrency takes positive integers separated by commas, like 1,4,8.")
            : Tokens < 1 || Rounds < 1 ? ValidationResult.Error("--tokens and --rounds must be at least 1.")
            : ValidationResult.Success();
    }
}
