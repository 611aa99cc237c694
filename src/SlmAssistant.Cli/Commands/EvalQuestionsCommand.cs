using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Cli.Evaluation;
using SlmAssistant.Cli.Infrastructure;
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
        [Description("Also answer every in-scope question and check that the answer states the expected fact.")]
        public bool Answers { get; init; }
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
        AnswerQuestionReport? answers = null;
        if (settings.Answers)
        {
            answers = await AnswerQuestionEvaluator.EvaluateAsync(services.GetRequiredService<IAnswerService>(), questions, cancellationToken);
        }

        if (settings.Json)
        {
            JsonOutput.Write(new { retrieval, evidence, answers });
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
            AnsiConsole.MarkupLine($"best cosine, {Markup.Escape(line.Category),-13} n={line.Count,3}: p10 {line.P10:F3}  p50 {line.P50:F3}  p90 {line.P90:F3}");
        }

        if (answers is not null)
        {
            AnsiConsole.MarkupLine($"answers stating the expected fact: [bold]{answers.FactAccuracy:P1}[/]; answered 'I don't know': {answers.NotFoundRate:P1}");
        }

        foreach (var miss in retrieval.Misses.Take(15))
        {
            AnsiConsole.MarkupLine($"[grey]miss {Markup.Escape(miss)}[/]");
        }

        return 0;
    }
}
