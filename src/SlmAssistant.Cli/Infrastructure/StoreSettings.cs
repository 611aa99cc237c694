using System.ComponentModel;
using Spectre.Console.Cli;

namespace SlmAssistant.Cli.Infrastructure;

/// <summary>Options every command that touches the knowledge store shares.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Folder of the knowledge store (default: Knowledge:DataDirectory from configuration, \"data\").")]
    public string? Data { get; init; }

    [CommandOption("--json")]
    [Description("Write machine-readable JSON to stdout instead of tables.")]
    public bool Json { get; init; }
}
