using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlmAssistant.Answering;
using SlmAssistant.Answering.Orchestration;
using SlmAssistant.Bot;
using SlmAssistant.Inference.Onnx;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.Routing.Routing;
using SlmAssistant.Embeddings;
using SlmAssistant.Ingestion;
using SlmAssistant.Retrieval;

namespace SlmAssistant.Cli.Infrastructure;

/// <summary>
/// Composes the same services as the server from the same configuration (appsettings.json beside the binaries, then
/// appsettings.json and appsettings.Local.json in the working directory, then environment variables such as Knowledge__DataDirectory, then --data), so the CLI
/// and the server share one store.
/// </summary>
public static class CliServices
{
    public static ServiceProvider Create(string? dataDirectory, IDictionary<string, string?>? overrides = null)
    {
        var settings = new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Directory.GetCurrentDirectory() };
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(settings);
        var productDefaults = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Optional = true };
        productDefaults.ResolveFileProvider();
        builder.Configuration.Sources.Add(productDefaults);
        builder.Configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);

        // The same local file the server reads from its working directory (admin accounts, local overrides).
        builder.Configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.Local.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        var commandLine = new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>());
        if (dataDirectory is not null)
        {
            commandLine["Knowledge:DataDirectory"] = dataDirectory;
        }

        builder.Configuration.AddInMemoryCollection(commandLine);
        builder.Services.AddSingleton<IConfiguration>(builder.Configuration);
        builder.Services.AddLogging(logging => logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning));

        builder.Services.AddSlmEmbeddings();
        builder.Services.AddSlmRetrieval();
        builder.Services.AddSlmIngestion();
        builder.Services.AddSlmLocalModel(builder.Configuration);
        builder.Services.AddSlmScopeRouting();
        builder.Services.AddSlmEscalation();
        builder.Services.AddSlmAnswering();
        builder.Services.AddSlmAssistant();
        builder.Services.AddSlmConversations();
        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
