namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>
/// Names of the console's own authentication schemes and policy. They are named (not the defaults) so the host can
/// carry other schemes (the bot's channel tokens) without either side seeing the other's users.
/// </summary>
public static class AdminAuthentication
{
    /// <summary>Picks <see cref="ApiKeyScheme"/> when the request carries <see cref="ApiKeyHeader"/>, else <see cref="CookieScheme"/>.</summary>
    public const string Scheme = "SlmAdmin";
    public const string CookieScheme = "SlmAdmin.Cookie";
    public const string ApiKeyScheme = "SlmAdmin.ApiKey";
    public const string Policy = "SlmAdmin";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string AntiforgeryHeader = "RequestVerificationToken";
    public const string CookieName = ".SlmAdmin.Session";

    /// <summary>Claim on every admin identity, so a user signed in by another scheme is never an admin.</summary>
    public const string AdminClaim = "slm:admin";

    public const string LoginPath = "/admin/login";
    public const string ApiPrefix = "/admin/api";
}
