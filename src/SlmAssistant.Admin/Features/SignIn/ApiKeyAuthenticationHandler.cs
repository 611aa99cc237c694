using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>
/// Authenticates API clients by the <c>X-Api-Key</c> header against the hashed keys in "Admin:ApiKeys". Repeated
/// wrong keys from one address are throttled like wrong passwords.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<AdminOptions> admin,
    SignInThrottle throttle,
    ApiKeyCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AdminAuthentication.ApiKeyHeader, out var values) || string.IsNullOrEmpty(values.ToString()))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var address = Context.Connection.RemoteIpAddress?.ToString();
        if (throttle.ApiKeyRetryAfter(address) > TimeSpan.Zero)
        {
            return Task.FromResult(AuthenticateResult.Fail("Too many wrong API keys; try again later."));
        }

        var presented = values.ToString();
        var name = cache.Find(presented, admin.CurrentValue.ApiKeys);
        if (name is null)
        {
            throttle.RecordApiKeyFailure(address);
            return Task.FromResult(AuthenticateResult.Fail("Invalid API key."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, $"api:{name}"), new Claim(AdminAuthentication.AdminClaim, "api-key")],
            AdminAuthentication.ApiKeyScheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
