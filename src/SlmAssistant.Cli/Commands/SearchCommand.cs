using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Api;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Commands;

public sealed class SearchCommand : AsyncCommand<SearchCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<QUERY>")]
        [Description("What to look for, in plain words.")]
        public string Query { get; init; } = string.Empty;

        [CommandOption("--top <K>")]
        [DefaultValue(5)]
        public int Top { get; init; } = 5;

        [CommandOption("--domain <NAME>")]
        [Description("Only search this domain (e.g. medical).")]
        public string? Domain { get; init; }

        public override ValidationResult Validate() =>
            Top is < 1 or > 100 ? ValidationResult.Error("--top must be between 1 and 100") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Create(settings.Data);
        var search = services.GetRequiredService<IKnowledgeSearch>();
        var filter = settings.Domain is null ? null : new SearchFilter(settings.Domain);
        var hits = await search.SearchAsync(new SearchRequest(settings.Query, settings.Top, filter), cancellationToken);
        var views = hits.Select(SearchHitView.From).ToList();
        if (settings.Json)
        {
            JsonOutput.Write(new SearchResponse(views));
            return 0;
        }

        if (views.Count == 0)
        {
            AnsiConsole.MarkupLine("[yellow]No matches.[/] Is the store empty? Try [bold]slm ingest knowledge/[/].");
            return 0;
        }

        var table = new Table().AddColumns("#", "Score", "Source", "Section", "Page", "Text");
        for (var i = 0; i < views.Count; i++)
        {
            var hit = views[i];
            var preview = hit.Text.Length > 160 ? hit.Text[..160] + "..." : hit.Text;
            table.AddRow(
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                hit.Score.ToString("F4", System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(hit.Source),
                Markup.Escape(hit.Section ?? string.Empty),
                hit.Page?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                Markup.Escape(preview));
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
