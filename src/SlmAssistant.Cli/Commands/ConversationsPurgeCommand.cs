using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>
/// Deletes transcripts, answers, feedback and handoffs from before a date, and clears the ledger's question texts from
/// before it (the retention job does the same on a schedule).
/// </summary>
public sealed class ConversationsPurgeCommand : AsyncCommand<ConversationsPurgeCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var services = CliServices.Create(settings.Data);
        var before = settings.Cutoff;
        var purged = await services.GetRequiredService<ConversationRetention>().PurgeBeforeAsync(before, cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(new { before, purged });
            return 0;
        }

        AnsiConsole.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"deleted before {before:O}: {purged.Conversations} conversations, {purged.Activities} activities, {purged.Answers} answers, " +
            $"{purged.Feedback} feedback, {purged.Handoffs} handoffs, {purged.Originals} encrypted originals; " +
            $"cleared {purged.Questions} ledger questions"));
        return 0;
    }

    public sealed class Settings : StoreSettings
    {
        [CommandOption("--before <DATE>")]
        [Description("Delete everything recorded before this UTC date (yyyy-MM-dd) or instant (ISO 8601).")]
        public string? Before { get; init; }

        public DateTimeOffset Cutoff => DateOnly.TryParseExact(Before, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : DateTimeOffset.Parse(Before!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        public override ValidationResult Validate() =>
            Before is not null && (DateOnly.TryParseExact(Before, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                || DateTimeOffset.TryParse(Before, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                ? ValidationResult.Success()
                : ValidationResult.Error("--before needs a date (yyyy-MM-dd) or an ISO 8601 instant.");
    }
}
