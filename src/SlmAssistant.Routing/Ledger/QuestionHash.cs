using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SlmAssistant.Storage;

namespace SlmAssistant.Routing.Ledger;

/// <summary>
/// Lets the ledger count repeated questions without keeping their text. Keyed (HMAC-SHA256): an unsalted hash of a
/// short question ("my ssn is 078-05-1120") is found again by hashing guesses; without the key it is not.
/// </summary>
public sealed class QuestionHash
{
    /// <summary>The key's file under the data directory's keys/ folder, when <see cref="LedgerOptions.QuestionHashKey"/> is not set.</summary>
    public const string KeyName = "question-hash";

    private readonly Lazy<byte[]> _key;

    public QuestionHash(IOptions<LedgerOptions> ledger, IOptions<DataDirectoryOptions> data)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(data);
        var configured = ledger.Value.QuestionHashKey;
        _key = new Lazy<byte[]>(() => string.IsNullOrWhiteSpace(configured)
            ? SecretFile.GetOrCreate(data.Value.KeysPath, KeyName, 32)
            : Convert.FromBase64String(configured));
    }

    public string Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var normalized = string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(normalized)));
    }
}
