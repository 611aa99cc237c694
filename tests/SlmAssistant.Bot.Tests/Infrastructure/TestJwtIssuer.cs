using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>
/// Stands in for login.botframework.com: serves an OpenID metadata document and its JWKS on 127.0.0.1 and signs
/// channel tokens with the matching RSA key, as the Bot Framework connector does.
/// </summary>
public sealed class TestJwtIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);
    private LocalServer? _server;

    public string MetadataUrl => new Uri(_server!.BaseAddress, "v1/.well-known/openidconfiguration").ToString();

    public static async Task<TestJwtIssuer> StartAsync()
    {
        var issuer = new TestJwtIssuer();
        issuer._server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext http) => Results.Json(new
            {
                issuer = Issuer,
                authorization_endpoint = "https://invalid.botframework.com",
                jwks_uri = $"{http.Request.Scheme}://{http.Request.Host}/v1/.well-known/keys",
                id_token_signing_alg_values_supported = new[] { "RS256" },
                token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
            }));
            app.MapGet("/v1/.well-known/keys", () =>
            {
                var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuer._key.ExportParameters(false)) { KeyId = "test-key" });
                return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
            });
        });
        return issuer;
    }

    /// <summary>A channel token; every part can be made wrong.</summary>
    public string CreateToken(
        string audience,
        string? serviceUrl = null,
        string issuer = Issuer,
        TimeSpan? expiresIn = null,
        bool withSignature = true,
        bool signWithUnknownKey = false)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(30));
        var claims = new Dictionary<string, object> { ["appid"] = "channel-app" };
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            Claims = claims,
            Subject = new ClaimsIdentity(),
        };
        if (withSignature)
        {
            var key = new RsaSecurityKey(signWithUnknownKey ? _otherKey : _key) { KeyId = "test-key" };
            descriptor.SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
        }

        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _key.Dispose();
        _otherKey.Dispose();
    }
}
