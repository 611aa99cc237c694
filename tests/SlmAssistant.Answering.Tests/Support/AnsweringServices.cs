using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Inference.Onnx;
using SlmAssistant.Retrieval;
using SlmAssistant.TestKit;
using SlmAssistant.Tools.TinyModel;

namespace SlmAssistant.Answering.Tests.Support;

/// <summary>The services as the host composes them: AddSlmLocalModel (with or without a model folder) and AddSlmAnswering.</summary>
internal static class AnsweringServices
{
    public static ServiceProvider Create(
        TinyModelFiles? model,
        IKnowledgeSearch search,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        RecordingLoggerProvider? logs = null,
        bool withAdapter = true)
    {
        var values = new Dictionary<string, string?>
        {
            ["Answering:PluginsDirectory"] = RepositoryPaths.Plugins,

            // A real store the extractive composer can read; these tests answer from fixed hits, so it stays empty and unopened.
            ["Knowledge:DataDirectory"] = Path.Combine(Path.GetTempPath(), $"slm-unused-{Guid.NewGuid():N}"),
            ["Slm:ModelPath"] = model?.Directory ?? string.Empty,
            ["Slm:MaxLength"] = AnswerModels.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (withAdapter && model?.AdapterPath is { } adapter)
        {
            values[$"Slm:Adapters:{Path.GetFileNameWithoutExtension(adapter)}"] = Path.GetFileName(adapter);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSlmLocalModel(configuration);
        services.AddSlmRetrieval();
        services.AddSlmAnswering();
        services.AddSingleton(search);
        configure?.Invoke(services);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
