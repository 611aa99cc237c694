using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Cli.Evaluation;
using SlmAssistant.Cli.Infrastructure;
using SlmAssistant.Tools.Evaluation.Routing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>Scores retrieval and answers on the repository's own questions (tests/eval/*.jsonl) against a store.</summary>
public sealed class EvalQuestionsCommand : AsyncCommand<EvalQuestionsCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--questions <DIR>")]
        [Description("Folder of *.jsonl question files (default tests/eval).")]
        public string Questions { get; init; } = EvalQuestionSet.DefaultDirectory;

        [CommandOption("--answers")]
        [Description("Also answer the answerable, unanswerable and follow-up questions: facts stated, abstentions, length, CPU time.")]
        public bool Answers { get; init; }

        [CommandOption("--no-domain")]
        [Description("Ask without each question's domain (as a bare /api/ask call does) instead of within it (as a domain's widget does).")]
        public bool NoDomain { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var questions = EvalQuestionSet.Load(settings.Questions);
        await using var services = CliServices.Create(settings.Data);
        var search = services.GetRequiredService<IKnowledgeSearch>();
        if (await services.GetRequiredService<IKnowledgeStore>().CountChunksAsync(cancellationToken) == 0)
        {
            AnsiConsole.MarkupLine("[red]The store is empty.[/] Run [bold]slm ingest knowledge/[/] first (same --data).");
            return 2;
        }

        var retrieval = await new RetrievalQuestionEvaluator(search).EvaluateAsync(questions, cancellationToken: cancellationToken);
        var evidence = await EvidenceProfile.MeasureAsync(search, questions, cancellationToken);
        var routing = await new RoutingEvaluator(
                services.GetRequiredService<IAnswerRouter>(),
                async (text, ct) => await search.SearchAsync(new SearchRequest(text, 5), ct),
                services.GetRequiredService<IQuestionSpelling>())
            .EvaluateAsync(
                questions
                    .Where(q => q.Question is not null && q.Category is not null && q.ExpectedRoute is not null)
                    .Select(q => new RoutingQuestion(q.Id, q.Question!, q.Category!, q.ExpectedRoute!))
                    .ToList(),
                cancellationToken: cancellationToken);
        AnswerQuestionReport? answers = null;
        if (settings.Answers)
        {
            answers = await AnswerQuestionEvaluator.EvaluateAsync(services.GetRequiredService<IAnswerService>(), questions, !settings.NoDomain, cancellationToken);
        }

        if (settings.Json)
        {
            JsonOutput.Write(new { retrieval, routing, evidence, answers });
            return 0;
        }

        AnsiConsole.MarkupLine($"In-scope questions: {retrieval.Questions}");
        AnsiConsole.MarkupLine($"recall@5 [bold]{retrieval.RecallAt5:P1}[/], MRR@10 {retrieval.MrrAt10:F3} (strict: right document + fact)");
        AnsiConsole.MarkupLine($"recall@5 {retrieval.LenientRecallAt5:P1}, MRR@10 {retrieval.LenientMrrAt10:F3} (lenient: fact in any document)");
        foreach (var (domain, recall) in retrieval.RecallAt5ByDomain)
        {
            AnsiConsole.MarkupLine($"  {Markup.Escape(domain)}: recall@5 {recall:P1}");
        }

        foreach (var line in evidence)
        {
            AnsiConsole.MarkupLine($"best cosine, {Markup.Escape(line.Category),-13} n={line.Count,3}: p10 {line.P10:F3}  p50 {line.P50:F3}  p90 {line.P90:F3}  p95 {line.P95:F3}  p99 {line.P99:F3}");
        }

        AnsiConsole.MarkupLine(
            $"routing: accuracy {routing.Accuracy:P1}; in-scope escalated {routing.InScopeEscalationRate:P1} (target <= 2%), " +
            $"out-of-scope to cloud {routing.OutOfScopeCloudRate:P1} (>= 95%), emergencies to safety {routing.EmergencySafetyRate:P1} (100%); " +
            $"router p50 {routing.LatencyP50Ms:F1} ms, p95 {routing.LatencyP95Ms:F1} ms");
        foreach (var category in routing.Categories)
        {
            AnsiConsole.MarkupLine($"  {Markup.Escape(category.Category),-14} {category.Correct}/{category.Count} ({Markup.Escape(string.Join(", ", category.Routes.Select(r => $"{r.Key} {r.Value}")))})");
        }

        if (answers is not null)
        {
            AnsiConsole.MarkupLine(
                $"answers ({(settings.NoDomain ? "no domain" : "within the domain")}): fact stated [bold]{answers.FactAccuracy:P1}[/] of {answers.Questions} answerable " +
                $"({string.Join(", ", answers.FactAccuracyByDomain.Select(d => $"{Markup.Escape(d.Key)} {d.Value:P0}"))}); answered {answers.AnsweredRate:P1}, " +
                $"right when answered {answers.PrecisionWhenAnswered:P1}; median {answers.MedianWords:F0} words, CPU {answers.MedianCpuMs:F1} ms");
            AnsiConsole.MarkupLine(
                $"unanswerable: {answers.UnanswerableAbstained:P1} of {answers.Unanswerable} abstained or escalated; " +
                $"follow-ups: {answers.FollowUpAccuracy:P1} of {answers.FollowUps} state the fact");
            AnsiConsole.MarkupLine("similarity floor: answered / fact stated / right when answered / unanswerable abstained");
            foreach (var point in answers.Curve)
            {
                AnsiConsole.MarkupLine($"  {point.MinSimilarity:F2}: {point.Answered,6:P1} {point.FactAccuracy,6:P1} {point.PrecisionWhenAnswered,6:P1} {point.UnanswerableAbstained,6:P1}");
            }
        }

        foreach (var miss in retrieval.Misses.Take(15))
        {
            AnsiConsole.MarkupLine($"[grey]miss {Markup.Escape(miss)}[/]");
        }

        return 0;
    }
}
