using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Host.Features.OpenAI;

/// <summary>
/// The configured API keys, kept as SHA-256 digests and compared in constant time. A matched key's partition (for the
/// rate limiter) is its digest's prefix, so no key is held as a dictionary key or written to a log.
/// </summary>
public sealed class OpenAIKeys(IOptions<OpenAIServingOptions> options)
{
    private const string Scheme = "Bearer ";

    private readonly byte[][] _digests = [.. options.Value.UsableKeys.Distinct(StringComparer.Ordinal).Select(Digest)];

    /// <summary>The rate-limit partition of the request's bearer key, or null when it carries no configured key.</summary>
    public string? PartitionOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var digest = Digest(header[Scheme.Length..].Trim());
        var matched = false;
        foreach (var known in _digests)
        {
            matched |= CryptographicOperations.FixedTimeEquals(known, digest);
        }

        return matched ? Convert.ToHexString(digest, 0, 8) : null;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
