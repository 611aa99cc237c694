using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>
/// A Direct Line conversation token signed by hand with a given key, in the format the host issues ("dl1.{payload}.{hmac}"):
/// what an earlier build issued with its clear key, or what someone holding only the database file could make.
/// </summary>
public static class HandSignedToken
{
    public static string Sign(byte[] key, string conversationId, string userId, DateTimeOffset expires)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new { c = conversationId, u = userId, e = expires.ToUnixTimeSeconds(), k = "c" });
        var encoded = Base64Url.EncodeToString(payload);
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("dl1." + encoded)));
        return $"dl1.{encoded}.{signature}";
    }
}
