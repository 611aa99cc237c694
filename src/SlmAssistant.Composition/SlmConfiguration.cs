using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.UserSecrets;

namespace SlmAssistant.Composition;

/// <summary>
/// The one configuration layering of the server and the CLI, lowest first: the product's appsettings.json beside the
/// binaries; appsettings.json, appsettings.{Environment}.json and appsettings.Local.json in the working directory (the
/// last written by `slm admin add-user`); user secrets; environment variables; the command line. A key set anywhere
/// changes `slm ask` exactly as it changes the server.
/// </summary>
public static class SlmConfiguration
{
    public const string LocalFileName = "appsettings.Local.json";

    /// <summary>The environment name both use: DOTNET_ENVIRONMENT, else ASPNETCORE_ENVIRONMENT, else Production.</summary>
    public static string EnvironmentName =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";

    /// <summary>Replaces <paramref name="configuration"/>'s sources with the product's layers.</summary>
    /// <param name="commandLine">Arguments (`--Key=value`) or, for the CLI's own options, key/value overrides: the top layer.</param>
    /// <param name="watch">Reload the working directory's files when they change (a long-running server).</param>
    public static IConfigurationBuilder UseSlmLayers(
        this IConfigurationBuilder configuration,
        string environmentName,
        string workingDirectory,
        string[]? commandLine = null,
        IDictionary<string, string?>? overrides = null,
        bool watch = false)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Clear();

        // Host settings (ASPNETCORE_URLS, DOTNET_ENVIRONMENT) keep working, below everything the product sets.
        configuration.AddEnvironmentVariables("DOTNET_");
        configuration.AddEnvironmentVariables("ASPNETCORE_");
        var productDefaults = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Optional = true };
        productDefaults.ResolveFileProvider();
        configuration.Sources.Add(productDefaults);
        foreach (var name in new[] { "appsettings.json", $"appsettings.{environmentName}.json", LocalFileName })
        {
            configuration.AddJsonFile(Path.Combine(workingDirectory, name), optional: true, reloadOnChange: watch);
        }

        if (Assembly.GetEntryAssembly() is { } entry && entry.GetCustomAttribute<UserSecretsIdAttribute>() is not null)
        {
            configuration.AddUserSecrets(entry, optional: true, reloadOnChange: false);
        }

        configuration.AddEnvironmentVariables();
        if (commandLine is { Length: > 0 })
        {
            configuration.AddCommandLine(commandLine);
        }

        if (overrides is { Count: > 0 })
        {
            configuration.AddInMemoryCollection(overrides);
        }

        return configuration;
    }
}
