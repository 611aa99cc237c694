using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using SlmAssistant.Bot.Conversations;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>
/// The token key used when no Bot:DirectLineSecret is set: a random key kept in the database only encrypted with
/// ASP.NET Core Data Protection (whose key ring is outside the database, in the data directory's keys/ by default), so a
/// copy of the database file alone cannot forge widget tokens. A key kept in clear by earlier builds is encrypted and
/// its clear row deleted on first use, so tokens issued before the upgrade stay valid.
/// </summary>
public sealed partial class DirectLineSigningKey(IConversationStore store, IDataProtectionProvider protection, ILogger<DirectLineSigningKey> logger)
{
    public const string Purpose = "SlmAssistant.DirectLine.TokenKey.v1";

    /// <summary>The name the encrypted key is kept under in bot_keys.</summary>
    public const string ProtectedName = "directline-token-key.protected";

    /// <summary>The name earlier builds kept the key under, in clear.</summary>
    public const string ClearName = "directline-token-key";

    private const int Length = 32;

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public async Task<byte[]> LoadAsync(CancellationToken cancellationToken)
    {
        var kept = await store.FindKeyAsync(ProtectedName, cancellationToken);
        var clear = await store.FindKeyAsync(ClearName, cancellationToken);
        if (kept is null || clear is not null)
        {
            // Another process may win the race to add it: AddKeyAsync returns the one kept, made from the same clear key.
            kept = await store.AddKeyAsync(ProtectedName, _protector.Protect(clear ?? RandomNumberGenerator.GetBytes(Length)), ClearName, cancellationToken);
            if (clear is not null)
            {
                LogMigrated(logger);
            }
        }

        try
        {
            return _protector.Unprotect(kept);
        }
        catch (CryptographicException exception)
        {
            // The key ring that encrypted it is gone (a new data directory for keys, another machine): the old key cannot
            // be recovered, so widget tokens issued with it are invalid anyway. Start with a new one rather than fail.
            LogReplaced(logger, exception);
            var fresh = RandomNumberGenerator.GetBytes(Length);
            await store.ReplaceKeyAsync(ProtectedName, _protector.Protect(fresh), cancellationToken);
            return fresh;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The Direct Line token key kept in clear in the database is now encrypted with Data Protection; the clear copy is deleted.")]
    private static partial void LogMigrated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Direct Line token key cannot be decrypted with this Data Protection key ring; a new key is made and tokens issued before are no longer valid.")]
    private static partial void LogReplaced(ILogger logger, Exception exception);
}
