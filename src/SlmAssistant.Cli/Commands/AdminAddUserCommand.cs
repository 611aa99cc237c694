using System.ComponentModel;
using SlmAssistant.Admin.Features.SignIn;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

/// <summary>
/// Creates or updates an admin console account: the password is asked for (never an argument, so it stays out of the
/// shell history) and only its PBKDF2 hash is written, to appsettings.Local.json (git-ignored) by default.
/// </summary>
public sealed class AdminAddUserCommand : AsyncCommand<AdminAddUserCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<USERNAME>")]
        public string UserName { get; init; } = string.Empty;

        [CommandOption("--file <PATH>")]
        [Description("Settings file to add the user to.")]
        [DefaultValue("appsettings.Local.json")]
        public string File { get; init; } = "appsettings.Local.json";

        [CommandOption("--print")]
        [Description("Print environment-variable lines instead of writing a file.")]
        public bool Print { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var password = Console.IsInputRedirected
            ? await Console.In.ReadLineAsync(cancellationToken) ?? string.Empty
            : AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
        if (AdminPasswordPolicy.Refusal(settings.UserName, password) is { } refusal)
        {
            await Console.Error.WriteLineAsync(refusal);
            return 1;
        }

        var user = AdminUserStore.CreateUser(settings.UserName, password);
        if (settings.Print)
        {
            foreach (var line in AdminUserFile.EnvironmentLines(user))
            {
                Console.WriteLine(line);
            }

            return 0;
        }

        await AdminUserFile.AddOrUpdateAsync(settings.File, user, cancellationToken);
        AnsiConsole.MarkupLine($"Admin user [bold]{Markup.Escape(settings.UserName)}[/] saved to {Markup.Escape(Path.GetFullPath(settings.File))}. Sign in at /admin.");
        return 0;
    }
}
