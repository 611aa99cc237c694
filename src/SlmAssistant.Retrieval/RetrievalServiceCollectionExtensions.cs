using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Search;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Storage;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Retrieval;

public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite knowledge store (one singleton as <see cref="IKnowledgeStore"/> <see cref="IIngestionJournal"/> and <see cref="IKnowledgeVocabulary"/>)
    /// and <see cref="HybridKnowledgeSearch"/> as <see cref="IKnowledgeSearch"/>, with <see cref="KnowledgeStoreOptions"/> and
    /// <see cref="HybridSearchOptions"/>. Vector search uses the registered <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>
    /// when there is one (see AddSlmEmbeddings).
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
        services.AddSingleton<IKnowledgeStore>(sp => sp.GetRequiredService<SqliteKnowledgeStore>());
        services.AddSingleton<IIngestionJournal>(sp => sp.GetRequiredService<SqliteKnowledgeStore>());
        services.AddSingleton<IKnowledgeVocabulary>(sp => sp.GetRequiredService<SqliteKnowledgeStore>());
        services.AddSingleton<IKnowledgeSearch>(sp => new HybridKnowledgeSearch(
            sp.GetRequiredService<IKnowledgeStore>(),
            sp.GetRequiredService<IOptions<HybridSearchOptions>>(),
            sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>()));
        return services;
    }
}
