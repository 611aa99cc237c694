using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DataDirectoryOptions"/> and the embedded <see cref="SqliteDatabase"/> at its
    /// <see cref="DataDirectoryOptions.DatabasePath"/>. Every owner of state calls this; the first call wins.
    /// </summary>
    public static IServiceCollection AddSlmStorage(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(SqliteDatabase)))
        {
            return services;
        }

        services.AddOptions<DataDirectoryOptions>()
            .BindConfiguration(DataDirectoryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<DataDirectoryOptions>>().Value.DatabasePath));
        return services;
    }
}
