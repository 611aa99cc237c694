using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Storage;
using SlmAssistant.Storage.Postgres;

namespace SlmAssistant.Bot.Conversations;

public static class DataProtectionServiceCollectionExtensions
{
    /// <summary>
    /// ASP.NET Core Data Protection with its key ring where the configured storage keeps shared state, unless the host
    /// configured a repository of its own: with Storage:Provider=Postgres in the server's database
    /// (<see cref="PostgresXmlRepository"/>, so every replica reads the same keys and none is written to a data
    /// directory), otherwise in the data directory (keys/data-protection, owner-only). Either way encrypted originals
    /// (and the console's cookies) survive a restart.
    /// </summary>
    public static IServiceCollection AddSlmDataProtection(this IServiceCollection services)
    {
        services.AddSlmStorage();
        services.AddDataProtection().SetApplicationName("SlmAssistant");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<DataDirectoryOptions>, IOptions<StorageOptions>, ILoggerFactory, IServiceProvider>(
            (keys, data, storage, logs, provider) =>
        {
            if (keys.XmlRepository is not null)
            {
                return;
            }

            if (storage.Value.Provider == StorageProvider.Postgres)
            {
                keys.XmlRepository = new PostgresXmlRepository(provider.GetRequiredService<PostgresDatabase>());
                return;
            }

            var folder = Path.Combine(data.Value.KeysPath, "data-protection");
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(data.Value.KeysPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), logs);
        });
        return services;
    }
}
