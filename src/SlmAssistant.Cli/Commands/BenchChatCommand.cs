using System.ComponentModel;
using SlmAssistant.Bot.LoadTesting;
using SlmAssistant.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>
/// Load benchmark of the bot channel: N concurrent Direct Line conversations against a running server for a while;
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

        [CommandOption("--server-pid <PID>")]
        [Description("Process id of the server, to sample its peak memory.")]
        public int? ServerPid { get; init; }

        [CommandOption("--json")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.IsLoopback
                ? ValidationResult.Success()
                : ValidationResult.Error("--url must be a loopback address: load is only ever sent to this machine");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var result = await new DirectLineLoadGenerator(http).RunAsync(
            new DirectLineLoadOptions
            {
                BaseAddress = new Uri(settings.Url),
                Secret = settings.Secret,
                Conversations = settings.Conversations,
                Duration = TimeSpan.FromSeconds(settings.Seconds),
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
                $"{result.Conversations} conversations for {result.Elapsed.TotalSeconds:F0} s: {result.Replies} replies " +
                $"({result.RepliesPerSecond:F1}/s), p50 {result.P50Latency.TotalMilliseconds:F0} ms, p95 {result.P95Latency.TotalMilliseconds:F0} ms, " +
                $"max {result.MaxLatency.TotalMilliseconds:F0} ms, errors {result.Errors}, server peak memory {memory}");
        }

        return 0;
    }
}
