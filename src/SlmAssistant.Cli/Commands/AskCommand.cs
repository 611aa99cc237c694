using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Bot.Api;
using SlmAssistant.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

public sealed class AskCommand : AsyncCommand<AskCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<QUESTION>")]
        public string Question { get; init; } = string.Empty;

        [CommandOption("--domain <NAME>")]
        [Description("Answer from this domain only.")]
        public string? Domain { get; init; }

        [CommandOption("--conversation <ID>")]
        [Description("Continue a conversation (the id an earlier answer printed), so a follow-up like \"and for kayaks?\" makes sense.")]
        public string? Conversation { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Question))
        {
            AnsiConsole.MarkupLine("[red]The question is empty.[/]");
            return 2;
        }

        await using var services = CliServices.Create(settings.Data);
        var result = await services.GetRequiredService<ApiConversations>().AskAsync(settings.Question, settings.Domain, settings.Conversation, cancellationToken);
        if (result is null)
        {
            AnsiConsole.MarkupLine($"[red]No conversation {Markup.Escape(settings.Conversation!)} in this store.[/] Leave out --conversation to start one.");
            return 2;
        }

        if (settings.Json)
        {
            JsonOutput.Write(result);
            return 0;
        }

        AnsiConsole.WriteLine(result.Answer);
        for (var i = 0; i < result.Citations.Count; i++)
        {
            var c = result.Citations[i];
            var where = string.Join(", ", new[] { c.Section, c.Page is int p ? $"page {p}" : null }.Where(s => s is not null));
            AnsiConsole.MarkupLine($"[grey][[{i + 1}]] {Markup.Escape(c.Title)} ({Markup.Escape(c.Source)}{(where.Length > 0 ? "; " + Markup.Escape(where) : string.Empty)})[/]");
        }

        AnsiConsole.MarkupLine($"[grey]route {result.Route.ToWire()}, mode {result.Mode.ToWire()}, domain {Markup.Escape(result.Domain ?? "-")}, confidence {result.Confidence:F2}[/]");
        AnsiConsole.MarkupLine($"[grey]conversation {Markup.Escape(result.ConversationId!)} (continue it with --conversation {Markup.Escape(result.ConversationId!)})[/]");
        return 0;
    }
}
