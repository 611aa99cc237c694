using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlmAssistant.Composition;

namespace SlmAssistant.Cli.Infrastructure;

/// <summary>
/// Composes the same services as the server (<see cref="SlmAssistantServiceCollectionExtensions.AddSlmAssistantCore"/>)
/// from the same configuration layers (<see cref="SlmConfiguration"/>), the command's own options on top (--data is
/// Knowledge:DataDirectory), so the CLI and the server share one store and one set of settings.
/// </summary>
public static class CliServices
{
    public static ServiceProvider Create(string? dataDirectory, IDictionary<string, string?>? overrides = null)
    {
        var settings = new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Directory.GetCurrentDirectory() };
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(settings);
        var commandLine = new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>());
        if (dataDirectory is not null)
        {
            commandLine["Knowledge:DataDirectory"] = dataDirectory;
        }

        builder.Configuration.UseSlmLayers(SlmConfiguration.EnvironmentName, Directory.GetCurrentDirectory(), overrides: commandLine);
        builder.Services.AddSingleton<IConfiguration>(builder.Configuration);
        builder.Services.AddLogging(logging => logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning));

        builder.Services.AddSlmAssistantCore(builder.Configuration);
        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
