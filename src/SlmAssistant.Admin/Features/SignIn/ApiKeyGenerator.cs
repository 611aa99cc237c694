using System.Security.Cryptography;
using System.Text;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>
/// API keys are 256 random bits, so a single SHA-256 is enough to store them ("sha256$hex"): unlike passwords they
/// cannot be guessed from a dictionary, and checking one on every request must be cheap.
/// </summary>
public static class ApiKeyGenerator
{
    public const string Prefix = "sha256";
    public const string KeyPrefix = "slm_";

    /// <summary>A new key to give to the client once, and the hash to put in configuration.</summary>
    public static (string Key, string Hash) Create()
    {
        var key = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (key, Hash(key));
    }

    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"{Prefix}${Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";
    }

    /// <summary>Checks a presented key against a "sha256$…" or "pbkdf2-sha256$…" hash, in constant time.</summary>
    public static bool Verify(string key, string encodedHash)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (encodedHash?.StartsWith(Prefix + "$", StringComparison.Ordinal) == true)
        {
            var expected = Encoding.ASCII.GetBytes(encodedHash);
            var actual = Encoding.ASCII.GetBytes(Hash(key));
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }

        return encodedHash is not null && PasswordHasher.Verify(key, encodedHash);
    }

    public static bool IsWellFormed(string? encodedHash) =>
        encodedHash is not null && (PasswordHasher.IsWellFormed(encodedHash)
            || (encodedHash.StartsWith(Prefix + "$", StringComparison.Ordinal) && encodedHash.Length == Prefix.Length + 1 + 64));
}
