using System.ComponentModel;
using SlmAssistant.Cli.Infrastructure;
using SlmAssistant.Tools.LoadTesting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>
/// Load benchmark of the bot channel: N concurrent Direct Line conversations against a running server for a while,
/// closed loop (with an optional think time) or open loop (--rate);
/// messages/s, reply latency percentiles, errors, and the server's peak memory (when its process id is given).
/// </summary>
public sealed class BenchChatCommand : AsyncCommand<BenchChatCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--url <URL>")]
        [DefaultValue("http://127.0.0.1:5080")]
        public string Url { get; init; } = "http://127.0.0.1:5080";

        [CommandOption("--secret <SECRET>")]
        [Description("The server's Bot:DirectLineSecret.")]
        public string Secret { get; init; } = string.Empty;

        [CommandOption("--conversations <N>")]
        [DefaultValue(200)]
        public int Conversations { get; init; } = 200;

        [CommandOption("--seconds <S>")]
        [DefaultValue(60)]
        public int Seconds { get; init; } = 60;

        [CommandOption("--think-time <SECONDS>")]
        [Description("Closed loop: seconds a customer pauses between an answer and the next question (drawn from half to 1.5 times it).")]
        [DefaultValue(0.0)]
        public double ThinkTime { get; init; }

        [CommandOption("--rate <PER_SECOND>")]
        [Description("Open loop: questions arrive at this mean rate (Poisson), answered or not; latency from the scheduled arrival.")]
        public double? Rate { get; init; }

        [CommandOption("--questions <FILE>")]
        [Description("Questions to ask in turn: a text file (one per line) or JSONL with a \"question\" field (e.g. tests/eval/medical.jsonl). Default: four sample questions.")]
        public string? Questions { get; init; }

        [CommandOption("--server-pid <PID>")]
        [Description("Process id of the server, to sample its peak memory.")]
        public int? ServerPid { get; init; }

        [CommandOption("--json")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            !Uri.TryCreate(Url, UriKind.Absolute, out var uri) || !uri.IsLoopback
                ? ValidationResult.Error("--url must be a loopback address: load is only ever sent to this machine")
                : ThinkTime < 0 ? ValidationResult.Error("--think-time cannot be negative")
                : Rate is <= 0 ? ValidationResult.Error("--rate must be positive")
                : Rate is not null && ThinkTime > 0 ? ValidationResult.Error("--think-time is for the closed loop; --rate runs an open loop")
                : Questions is not null && !File.Exists(Questions) ? ValidationResult.Error($"--questions: {Questions} does not exist")
                : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var defaults = new DirectLineLoadOptions { BaseAddress = new Uri(settings.Url), Secret = settings.Secret };
        var questions = settings.Questions is null ? defaults.Questions : await ReadQuestionsAsync(settings.Questions, cancellationToken);
        if (questions.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[red]{settings.Questions} holds no question.[/]");
            return 1;
        }

        var result = await new DirectLineLoadGenerator(http).RunAsync(
            defaults with
            {
                Questions = questions,
                Conversations = settings.Conversations,
                Duration = TimeSpan.FromSeconds(settings.Seconds),
                ThinkTime = TimeSpan.FromSeconds(settings.ThinkTime),
                ArrivalRate = settings.Rate,
                ServerProcessId = settings.ServerPid,
            },
            cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(result);
        }
        else
        {
            var memory = result.PeakServerMemoryBytes is long bytes ? $"{bytes / (1024.0 * 1024.0):F0} MB" : "not sampled (--server-pid)";
            AnsiConsole.MarkupLine(
                $"{result.Mode} loop, {result.Conversations} conversations for {result.Elapsed.TotalSeconds:F0} s: {result.Questions} questions, {result.Replies} replies " +
                $"({result.RepliesPerSecond:F1}/s), p50 {result.P50Latency.TotalMilliseconds:F0} ms, p95 {result.P95Latency.TotalMilliseconds:F0} ms, " +
                $"max {result.MaxLatency.TotalMilliseconds:F0} ms, errors {result.Errors}, server peak memory {memory}");
        }

        return 0;
    }

    private static async Task<IReadOnlyList<string>> ReadQuestionsAsync(string path, CancellationToken cancellationToken)
    {
        var questions = new List<string>();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (!text.StartsWith('{'))
            {
                questions.Add(text);
                continue;
            }

            using var json = System.Text.Json.JsonDocument.Parse(text);
            if (json.RootElement.TryGetProperty("question", out var question) && question.GetString() is { Length: > 0 } value)
            {
                questions.Add(value);
            }
        }

        return questions;
    }
}
