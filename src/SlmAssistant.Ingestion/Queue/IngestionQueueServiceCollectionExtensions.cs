using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SlmAssistant.Storage;

namespace SlmAssistant.Ingestion.Queue;

public static class IngestionQueueServiceCollectionExtensions
{
    /// <summary>
    /// Registers the persistent ingestion queue (<see cref="IngestionQueueStore"/>), the uploaded bytes it points to
    /// (<see cref="UploadStorage"/>), the live progress of items in this process, runs over files through the queue
    /// (<see cref="BatchIngestion"/>) and the background <see cref="IngestionWorker"/> ("Ingestion:Queue"), which only a
    /// host starts. Idempotent. Needs AddSlmIngestion and the knowledge store.
    /// </summary>
    public static IServiceCollection AddSlmIngestionQueue(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSlmStorage();
        services.AddOptions<IngestionQueueOptions>().BindConfiguration(IngestionQueueOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IngestionQueueDatabase>();
        services.TryAddSingleton<IngestionQueueStore>();
        services.TryAddSingleton<UploadStorage>();
        services.TryAddSingleton<IngestionProgressTracker>();
        services.TryAddSingleton<IngestionItemProcessor>();
        services.TryAddSingleton<BatchIngestion>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, IngestionWorker>());
        return services;
    }
}
