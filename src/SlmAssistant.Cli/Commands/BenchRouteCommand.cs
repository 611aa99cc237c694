using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Answering;
using SlmAssistant.Answering.Conversation;
using SlmAssistant.Cli.Evaluation;
using SlmAssistant.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>
/// The router's latency per question and its share of the whole answer time, measured in the same run: each turn
/// goes through retrieval, routing and, when routed local, the answer (extractive, or the local model when
/// Slm:ModelPath is set), the way the assistant answers it; the cost ledger is left alone.
/// </summary>
public sealed class BenchRouteCommand : AsyncCommand<BenchRouteCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--questions <DIR>")]
        [Description("Folder of *.jsonl question files (default tests/eval).")]
        public string Questions { get; init; } = EvalQuestionSet.DefaultDirectory;

        [CommandOption("--warmup <N>")]
        [Description("Questions answered first and not timed (default 10).")]
        public int Warmup { get; init; } = 10;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var questions = EvalQuestionSet.Load(settings.Questions).Where(q => q.Question is not null).Select(q => q.Question!).ToList();
        await using var services = CliServices.Create(settings.Data);
        if (await services.GetRequiredService<IKnowledgeStore>().CountChunksAsync(cancellationToken) == 0)
        {
            AnsiConsole.MarkupLine("[red]The store is empty.[/] Run [bold]slm ingest knowledge/[/] first (same --data).");
            return 2;
        }

        var knowledge = services.GetRequiredService<AnswerService>();
        var router = services.GetRequiredService<IAnswerRouter>();
        foreach (var question in questions.Take(settings.Warmup))
        {
            await TimeAsync(knowledge, router, question, cancellationToken);
        }

        var timings = new List<(double Search, double Route, double Answer)>(questions.Count);
        foreach (var question in questions)
        {
            timings.Add(await TimeAsync(knowledge, router, question, cancellationToken));
        }

        var route = timings.Select(t => t.Route).Order().ToList();
        var total = timings.Select(t => t.Search + t.Route + t.Answer).Order().ToList();
        var shares = timings.Select(t => t.Route / (t.Search + t.Route + t.Answer)).Order().ToList();
        var figures = new
        {
            questions = timings.Count,
            routeP50Ms = Percentile(route, 0.50),
            routeP95Ms = Percentile(route, 0.95),
            searchP50Ms = Percentile([.. timings.Select(t => t.Search).Order()], 0.50),
            answerTotalP50Ms = Percentile(total, 0.50),
            answerTotalP95Ms = Percentile(total, 0.95),
            routeShareOfTotal = timings.Sum(t => t.Route) / timings.Sum(t => t.Search + t.Route + t.Answer),
            routeShareP50 = Percentile(shares, 0.50),
            mode = Answering.Plugins.LocalChatClient.IsRegistered(services) ? "slm" : "extractive",
        };
        if (settings.Json)
        {
            JsonOutput.Write(figures);
            return 0;
        }

        var table = new Table().AddColumns("figure", "value");
        foreach (var property in figures.GetType().GetProperties())
        {
            table.AddRow(property.Name, Convert.ToString(property.GetValue(figures) is double d ? Math.Round(d, 4) : property.GetValue(figures), CultureInfo.InvariantCulture) ?? string.Empty);
        }

        AnsiConsole.Write(table);
        return 0;
    }

    private static async Task<(double Search, double Route, double Answer)> TimeAsync(
        AnswerService knowledge, IAnswerRouter router, string question, CancellationToken cancellationToken)
    {
        var request = new AnswerRequest(question);
        var clock = Stopwatch.StartNew();
        var hits = await knowledge.SearchAsync(request, cancellationToken);
        var search = clock.Elapsed.TotalMilliseconds;
        var decision = await router.RouteAsync(RetrievalQuery.For(request), hits, cancellationToken);
        var route = clock.Elapsed.TotalMilliseconds - search;
        if (decision.Route == Route.Local)
        {
            await foreach (var _ in knowledge.StreamAnswerAsync(request, hits, cancellationToken))
            {
            }
        }

        return (search, route, clock.Elapsed.TotalMilliseconds - search - route);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
