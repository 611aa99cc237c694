using System.ComponentModel;
using SlmAssistant.Bot.Teams;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>Writes the Microsoft Teams app package (manifest v1.19 with the bot, generated icons) to upload in Teams.</summary>
public sealed class TeamsPackageCommand : Command<TeamsPackageCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--app-id <ID>")]
        [Description("The bot's Microsoft App ID (a GUID) from its Azure Bot resource.")]
        public string AppId { get; init; } = string.Empty;

        [CommandOption("--endpoint <URL>")]
        [Description("The public https URL of this server (its /api/messages is the messaging endpoint).")]
        public string Endpoint { get; init; } = string.Empty;

        [CommandOption("--out <FILE>")]
        [DefaultValue("slmassistant-teams.zip")]
        public string Out { get; init; } = "slmassistant-teams.zip";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            TeamsPackageWriter.Write(settings.AppId, settings.Endpoint, settings.Out);
        }
        catch (ArgumentException ex)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
            return 2;
        }

        AnsiConsole.MarkupLine($"Teams package written: [bold]{Markup.Escape(Path.GetFullPath(settings.Out))}[/]");
        return 0;
    }
}
