using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Chunking;
using SlmAssistant.Ingestion.Detection;
using SlmAssistant.Ingestion.Extractors.Docx;
using SlmAssistant.Ingestion.Extractors.Html;
using SlmAssistant.Ingestion.Extractors.Markdown;
using SlmAssistant.Ingestion.Extractors.Pdf;
using SlmAssistant.Ingestion.Extractors.Text;
using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers format detection, the five extractors, the chunker and <see cref="IngestionPipeline"/>, with
    /// <see cref="IngestionOptions"/> ("Ingestion") and <see cref="ChunkingOptions"/> ("Ingestion:Chunking") are bound from
    /// the registered <see cref="IConfiguration"/> and validated on start. The pipeline also needs
    /// <see cref="ITokenCounter"/>, <c>IKnowledgeStore</c>, <c>IIngestionJournal</c> and an
    /// <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c>, which other projects register.
    /// </summary>
    public static IServiceCollection AddSlmIngestion(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IngestionOptions>()
            .BindConfiguration(IngestionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ChunkingOptions>()
            .BindConfiguration(ChunkingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DocumentFormatDetector>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContentExtractor, PdfContentExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContentExtractor, DocxContentExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContentExtractor, HtmlContentExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContentExtractor, MarkdownContentExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContentExtractor, TextContentExtractor>());
        services.TryAddSingleton<IChunker, StructureAwareChunker>();

        // Transient: it holds no state of its own and must not outlive a scoped store or journal.
        services.TryAddTransient<IngestionPipeline>();
        return services;
    }
}
