using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using SlmAssistant.Admin.Features.Audit;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>Password sign-in with throttling and auditing, then the console's cookie.</summary>
public sealed class AdminSignInService(AdminUserStore users, SignInThrottle throttle, AuditLog audit)
{
    public const string WrongCredentials = "The user name or password is wrong.";

    public async Task<SignInAttempt> SignInAsync(HttpContext context, string? userName, string? password)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = userName?.Trim() ?? string.Empty;
        var address = context.Connection.RemoteIpAddress?.ToString();

        // Refused before any password is hashed: guessing costs the attacker the wait, not this server 0.2 s of PBKDF2.
        var wait = throttle.TryAcquire(address);
        if (wait > TimeSpan.Zero)
        {
            await audit.WriteAsync(context, AuditActions.SignInFailed, name, "refused: too many sign-in attempts", succeeded: false, actor: name);
            return new SignInAttempt(false, wait, TooManyMessage(wait));
        }

        wait = throttle.RetryAfter(name);
        if (wait > TimeSpan.Zero)
        {
            await audit.WriteAsync(context, AuditActions.SignInFailed, name, "refused: locked out after repeated failures", succeeded: false, actor: name);
            return new SignInAttempt(false, wait, LockedMessage(wait));
        }

        // Known or not, the name costs one PBKDF2 verification (AdminUserStore's decoy): no timing tells which exist.
        var user = users.Verify(name, password);
        if (user is null)
        {
            throttle.RecordFailure(name, address);
            await audit.WriteAsync(context, AuditActions.SignInFailed, name, "wrong user name or password", succeeded: false, actor: name);
            wait = throttle.RetryAfter(name);
            return new SignInAttempt(false, wait, wait > TimeSpan.Zero ? LockedMessage(wait) : WrongCredentials);
        }

        throttle.RecordSuccess(name);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user), new Claim(AdminAuthentication.AdminClaim, "password")],
            AdminAuthentication.CookieScheme);
        await context.SignInAsync(AdminAuthentication.CookieScheme, new ClaimsPrincipal(identity));
        await audit.WriteAsync(context, AuditActions.SignIn, user, "password", actor: user);
        return new SignInAttempt(true, TimeSpan.Zero, null);
    }

    public async Task SignOutAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await audit.WriteAsync(context, AuditActions.SignOut, context.User.Identity?.Name);
        await context.SignOutAsync(AdminAuthentication.CookieScheme);
    }

    private static string TooManyMessage(TimeSpan wait) =>
        string.Create(CultureInfo.InvariantCulture, $"Too many sign-in attempts. Try again in {Math.Ceiling(wait.TotalSeconds):0} seconds.");

    private static string LockedMessage(TimeSpan wait) =>
        string.Create(CultureInfo.InvariantCulture, $"Too many failed sign-ins. Try again in {Math.Ceiling(wait.TotalSeconds):0} seconds.");
}
