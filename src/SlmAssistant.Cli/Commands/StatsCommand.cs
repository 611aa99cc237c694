using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Ledger;
using SlmAssistant.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>Answered locally vs escalated, spend, and what an all-cloud deployment would have spent.</summary>
public sealed class StatsCommand : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Create(settings.Data);
        var stats = await services.GetRequiredService<IAnswerLedger>().GetStatsAsync(cancellationToken: cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(stats);
            return 0;
        }

        AnsiConsole.MarkupLine($"answers: {stats.Total} ({stats.LocalShare:P1} answered on this machine), escalated to the cloud: {stats.Cloud}");
        AnsiConsole.MarkupLine($"spend: ${stats.Spend:F4}; an all-cloud deployment: ${stats.AllCloudSpend:F4}; saved: [green]${stats.Savings:F4}[/]");
        return 0;
    }
}
