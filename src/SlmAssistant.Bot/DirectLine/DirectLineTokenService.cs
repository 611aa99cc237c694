using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: "dl1.{payload}.{signature}", the payload naming the conversation, the user,
/// the expiry and the kind, signed with HMAC-SHA256. The key is derived from the Direct Line secret when there is one
/// (tokens survive restarts and stop working when the secret changes), otherwise it is a random key kept in the
/// database encrypted with Data Protection (<see cref="DirectLineSigningKey"/>; widget tokens survive restarts too).
/// </summary>
public sealed class DirectLineTokenService
{
    private const string Prefix = "dl1.";
    private const string KeyName = "directline-token-key";

    private readonly TimeProvider _time;
    private readonly Func<CancellationToken, Task<byte[]>> _load;
    private readonly Lock _gate = new();
    private Task<byte[]>? _key;

    public DirectLineTokenService(IOptions<BotOptions> options, DirectLineSigningKey signingKey, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        _time = time;
        var secret = options.Value.DirectLineSecret;
        _load = string.IsNullOrEmpty(secret)
            ? signingKey.LoadAsync
            : _ => Task.FromResult(HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, info: Encoding.UTF8.GetBytes(KeyName)));
    }

    public async Task<string> IssueAsync(
        string conversationId, string? userId, DirectLineTokenKind kind, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var payload = new Payload(conversationId, userId, (_time.GetUtcNow() + lifetime).ToUnixTimeSeconds(), kind == DirectLineTokenKind.Stream ? "s" : "c");
        var encoded = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, JsonSerializerOptions.Web));
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(await KeyAsync(cancellationToken), Encoding.UTF8.GetBytes(Prefix + encoded)));
        return $"{Prefix}{encoded}.{signature}";
    }

    public async Task<DirectLineTokenRead> ReadAsync(string token, CancellationToken cancellationToken = default)
    {
        var invalid = new DirectLineTokenRead(DirectLineTokenStatus.Invalid, null);
        var dot = token.StartsWith(Prefix, StringComparison.Ordinal) ? token.IndexOf('.', Prefix.Length) : -1;
        if (dot < 0)
        {
            return invalid;
        }

        var encoded = token[Prefix.Length..dot];
        var expected = HMACSHA256.HashData(await KeyAsync(cancellationToken), Encoding.UTF8.GetBytes(Prefix + encoded));
        if (!TryDecode(token[(dot + 1)..], out var signature) || !CryptographicOperations.FixedTimeEquals(signature, expected)
            || !TryDecode(encoded, out var json))
        {
            return invalid;
        }

        var payload = JsonSerializer.Deserialize<Payload>(json, JsonSerializerOptions.Web);
        if (payload?.C is null)
        {
            return invalid;
        }

        var claims = new DirectLineTokenClaims(
            payload.C, payload.U, DateTimeOffset.FromUnixTimeSeconds(payload.E), payload.K == "s" ? DirectLineTokenKind.Stream : DirectLineTokenKind.Conversation);
        return new DirectLineTokenRead(claims.ExpiresAt <= _time.GetUtcNow() ? DirectLineTokenStatus.Expired : DirectLineTokenStatus.Valid, claims);
    }

    // Loaded once; a load that failed (the database busy past its timeout) is tried again on the next token.
    private Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_key is null || _key.IsFaulted || _key.IsCanceled)
            {
                _key = _load(CancellationToken.None);
            }

            return _key.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Whether <paramref name="bearer"/> is the configured secret, compared in constant time.</summary>
    public static bool IsSecret(string bearer, string? secret) =>
        !string.IsNullOrEmpty(secret)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), Encoding.UTF8.GetBytes(secret));

    private static bool TryDecode(string text, out byte[] bytes)
    {
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }

    private sealed record Payload(string C, string? U, long E, string K);
}
