using System.Net;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace SlmAssistant.Bot.Auth;

/// <summary>
/// Validates channel tokens as the Bot Framework connector issues them: signed with a key from the OpenID metadata,
/// issued by api.botframework.com, for our app id, not expired.
/// </summary>
public sealed class ConfigureBotJwtBearer(IOptions<BotOptions> options) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions jwt)
    {
        if (name == BotAuthenticationDefaults.Scheme)
        {
            Configure(jwt);
        }
    }

    public void Configure(JwtBearerOptions jwt)
    {
        var bot = options.Value;
        jwt.MetadataAddress = bot.OpenIdMetadataUrl;

        // Plain HTTP metadata only on this machine (tests serve their own keys); anything remote must be HTTPS.
        jwt.RequireHttpsMetadata = !IsLoopback(bot.OpenIdMetadataUrl);
        jwt.MapInboundClaims = false;

        // With no other scheme registered, ASP.NET Core makes this one the default and would try every bearer token
        // (Direct Line tokens included) on every request. Channel tokens only mean something on the channel endpoint.
        jwt.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                if (!context.Request.Path.StartsWithSegments(BotAuthenticationDefaults.MessagesPath, StringComparison.OrdinalIgnoreCase))
                {
                    context.NoResult();
                }

                return Task.CompletedTask;
            },
        };
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = bot.ValidIssuers,
            ValidateAudience = true,
            ValidAudience = bot.MicrosoftAppId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromMinutes(5),
        };
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)));
}
