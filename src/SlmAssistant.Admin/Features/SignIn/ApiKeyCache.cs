using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>
/// Remembers keys already verified (by their SHA-256, never the key itself), so a PBKDF2-hashed key costs its slow hash
/// once rather than on every request.
/// </summary>
internal sealed class ApiKeyCache
{
    private readonly ConcurrentDictionary<string, (string Name, string Hash)> _verified = new(StringComparer.Ordinal);

    public string? Find(string presented, IEnumerable<AdminApiKeyOptions> keys)
    {
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
        var configured = keys.ToList();
        if (_verified.TryGetValue(digest, out var known) && configured.Any(k => k.Hash == known.Hash))
        {
            return known.Name;
        }

        foreach (var key in configured)
        {
            if (ApiKeyGenerator.Verify(presented, key.Hash))
            {
                var name = string.IsNullOrWhiteSpace(key.Name) ? "key" : key.Name.Trim();
                _verified[digest] = (name, key.Hash);
                return name;
            }
        }

        return null;
    }
}
