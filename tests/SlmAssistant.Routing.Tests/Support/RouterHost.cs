using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SlmAssistant.Routing.Routing;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Embeddings;

namespace SlmAssistant.Routing.Tests.Support;

/// <summary>The scope router composed as the host composes it: configuration, DI, logging, the real embedding model.</summary>
public sealed class RouterHost : IDisposable
{
    private readonly ServiceProvider _services;

    public RouterHost(string? exemplarsDirectory = null, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            [$"{ScopeRoutingOptions.SectionName}:{nameof(ScopeRoutingOptions.ExemplarsDirectory)}"] = exemplarsDirectory ?? RepositoryExemplars,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(PackageArcticEmbeddingGenerator.Shared);
        services.AddSlmScopeRouting();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static string RepositoryExemplars => Path.Combine(RepositoryPaths.Plugins, "Scope", "exemplars");

    public RecordingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _services;

    public ScopeRouter Router => _services.GetRequiredService<ScopeRouter>();

    public void Dispose() => _services.Dispose();
}
