using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SlmAssistant.Storage.Postgres;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DataDirectoryOptions"/>, the embedded <see cref="SqliteDatabase"/> at its
    /// <see cref="DataDirectoryOptions.DatabasePath"/>, <see cref="StorageOptions"/> (validated at start: Postgres needs
    /// ConnectionStrings:Postgres) and, resolved only when an owner uses the server, the shared <see cref="PostgresDatabase"/>.
    /// Every owner of state calls this; the first call wins.
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
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.PostgresConnectionString ??= configuration.GetConnectionString(StorageOptions.ConnectionStringName))
            .ValidateOnStart();
        services.TryAddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<DataDirectoryOptions>>().Value.DatabasePath));
        services.TryAddSingleton(sp => new PostgresDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.PostgresConnectionString
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres is not set.")));
        return services;
    }
}
