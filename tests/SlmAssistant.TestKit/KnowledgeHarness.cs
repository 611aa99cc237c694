using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering;
using SlmAssistant.Embeddings;
using SlmAssistant.Ingestion;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Ingestion.Queue;
using SlmAssistant.Retrieval;

namespace SlmAssistant.TestKit;

/// <summary>
/// The product's real knowledge harness (arctic-embed-xs on ONNX Runtime, the SQLite store in a temp folder, the
/// ingestion pipeline and its queue, the answer service) composed as the CLI composes it. Dispose to delete the store.
/// </summary>
public sealed class KnowledgeHarness : IAsyncDisposable
{
    private readonly TempDirectory _directory;

    private KnowledgeHarness(TempDirectory directory, ServiceProvider services)
    {
        _directory = directory;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public string DataDirectory => _directory.Path;

    public IngestionPipeline Pipeline => Services.GetRequiredService<IngestionPipeline>();

    /// <summary>Runs over files through the ingestion queue, as `slm ingest` and seeding run.</summary>
    public BatchIngestion Batches => Services.GetRequiredService<BatchIngestion>();

    public IngestionQueueStore Queue => Services.GetRequiredService<IngestionQueueStore>();

    public IKnowledgeStore Store => Services.GetRequiredService<IKnowledgeStore>();

    public IIngestionJournal Journal => Services.GetRequiredService<IIngestionJournal>();

    public IKnowledgeSearch Search => Services.GetRequiredService<IKnowledgeSearch>();

    public IAnswerService Answers => Services.GetRequiredService<IAnswerService>();

    public static KnowledgeHarness Create(IDictionary<string, string?>? settings = null, TempDirectory? directory = null)
    {
        directory ??= new TempDirectory("slm-knowledge");
        var values = new Dictionary<string, string?>
        {
            ["Knowledge:DataDirectory"] = directory.Path,
            ["Answering:PluginsDirectory"] = RepositoryPaths.Plugins,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSlmEmbeddings();
        services.AddSlmRetrieval();
        services.AddSlmIngestion();
        services.AddSlmIngestionQueue();
        services.AddSlmAnswering();
        return new KnowledgeHarness(directory, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    /// <summary>Opens a second harness on the same store folder, as a restarted process would.</summary>
    public KnowledgeHarness Reopen(IDictionary<string, string?>? settings = null) => Create(settings, _directory);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>Deletes the store folder; call once when no harness uses it any more.</summary>
    public void DeleteFiles() => _directory.Dispose();
}
