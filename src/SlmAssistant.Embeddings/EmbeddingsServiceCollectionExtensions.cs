using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Embeddings.Generation;
using SlmAssistant.Embeddings.Model;

namespace SlmAssistant.Embeddings;

public static class EmbeddingsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the local arctic-embed-xs generator as <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> (a singleton that
    /// loads the model on first use; a query asked for twice, as one turn does, is embedded once) and its tokenizer as <see cref="ITokenCounter"/>, with <see cref="EmbeddingOptions"/>.
    /// </summary>
    public static IServiceCollection AddSlmEmbeddings(this IServiceCollection services)
    {
        services.AddOptions<EmbeddingOptions>()
            .BindConfiguration(EmbeddingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(_ => WordPieceTokenizer.CreateArcticXs());
        services.AddSingleton<ITokenCounter>(sp => sp.GetRequiredService<WordPieceTokenizer>());
        services.AddSingleton<ICommonWords, WordPieceWords>();
        services.AddSingleton<ArcticEmbeddingGenerator>();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => new QueryEmbeddingCache(
            sp.GetRequiredService<ArcticEmbeddingGenerator>(),
            sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value.QueryCacheCapacity));
        return services;
    }
}
