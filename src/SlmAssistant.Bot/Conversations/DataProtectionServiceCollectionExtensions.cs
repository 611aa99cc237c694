using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Storage;

namespace SlmAssistant.Bot.Conversations;

public static class DataProtectionServiceCollectionExtensions
{
    /// <summary>
    /// ASP.NET Core Data Protection with its key ring in the data directory (keys/data-protection, owner-only), unless
    /// the host configured a repository of its own: encrypted originals (and the console's cookies) survive a restart.
    /// </summary>
    public static IServiceCollection AddSlmDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("SlmAssistant");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<DataDirectoryOptions>, ILoggerFactory>((keys, data, logs) =>
        {
            if (keys.XmlRepository is not null)
            {
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
