using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Search;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Retrieval.Store.Postgres;
using SlmAssistant.Storage;
using SlmAssistant.Storage.Postgres;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Retrieval;

public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Registers the knowledge store of the configured <see cref="StorageOptions.Provider"/> (SQLite:
    /// <see cref="SqliteKnowledgeStore"/> in the data directory's file; Postgres: <see cref="PostgresKnowledgeStore"/> on
    /// ConnectionStrings:Postgres), one singleton as <see cref="IKnowledgeStore"/>, <see cref="IIngestionJournal"/> and
    /// <see cref="IKnowledgeVocabulary"/>, and <see cref="HybridKnowledgeSearch"/> over it as <see cref="IKnowledgeSearch"/>
    /// (the same fusion for both), with <see cref="KnowledgeStoreOptions"/> and <see cref="HybridSearchOptions"/>. Vector
    /// search uses the registered <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> when there is one (see AddSlmEmbeddings).
    /// </summary>
    public static IServiceCollection AddSlmRetrieval(this IServiceCollection services)
    {
        services.AddSlmStorage();
        services.AddOptions<KnowledgeStoreOptions>()
            .BindConfiguration(KnowledgeStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<HybridSearchOptions>()
            .BindConfiguration(HybridSearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new SqliteKnowledgeStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<IOptions<KnowledgeStoreOptions>>()));
        services.AddSingleton(sp => new PostgresKnowledgeStore(
            sp.GetRequiredService<PostgresDatabase>(),
            sp.GetRequiredService<IOptions<KnowledgeStoreOptions>>(),
            sp.GetService<ILogger<PostgresKnowledgeStore>>()));
        services.AddSingleton<IKnowledgeBackend>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider switch
        {
            StorageProvider.Postgres => sp.GetRequiredService<PostgresKnowledgeStore>(),
            _ => sp.GetRequiredService<SqliteKnowledgeStore>(),
        });
        services.AddSingleton<IKnowledgeStore>(sp => sp.GetRequiredService<IKnowledgeBackend>());
        services.AddSingleton<IIngestionJournal>(sp => sp.GetRequiredService<IKnowledgeBackend>());
        services.AddSingleton<IKnowledgeVocabulary>(sp => sp.GetRequiredService<IKnowledgeBackend>());
        services.AddSingleton<IKnowledgeSearch>(sp => new HybridKnowledgeSearch(
            sp.GetRequiredService<IKnowledgeStore>(),
            sp.GetRequiredService<IOptions<HybridSearchOptions>>(),
            sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>()));
        return services;
    }
}
