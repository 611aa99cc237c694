using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>
/// The console's sign-in: a cookie for people, an X-Api-Key header for programs, chosen per request by a policy
/// scheme; anonymous pages are sent to the sign-in page, anonymous API calls get 401.
/// </summary>
internal static class AdminAuthenticationExtensions
{
    public static IServiceCollection AddAdminAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddPolicyScheme(AdminAuthentication.Scheme, "SlmAssistant admin", options =>
            {
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(AdminAuthentication.ApiKeyHeader) ? AdminAuthentication.ApiKeyScheme : AdminAuthentication.CookieScheme;
            })
            .AddCookie(AdminAuthentication.CookieScheme, options =>
            {
                options.Cookie.Name = AdminAuthentication.CookieName;
                options.Cookie.Path = "/admin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.SlidingExpiration = true;
                options.LoginPath = AdminAuthentication.LoginPath;
                options.AccessDeniedPath = AdminAuthentication.LoginPath;
                options.ReturnUrlParameter = "returnUrl";
                options.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden),
                };
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AdminAuthentication.ApiKeyScheme, "SlmAssistant admin API key", null);

        services.AddOptions<CookieAuthenticationOptions>(AdminAuthentication.CookieScheme)
            .Configure<IOptionsMonitor<AdminOptions>, IHostEnvironment>((cookie, admin, environment) =>
            {
                cookie.ExpireTimeSpan = admin.CurrentValue.SessionLifetime;
                cookie.Cookie.SecurePolicy = SecurePolicy(admin.CurrentValue, environment);
            });
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IOptionsMonitor<AdminOptions>, IHostEnvironment>((antiforgery, admin, environment) =>
                antiforgery.Cookie.SecurePolicy = SecurePolicy(admin.CurrentValue, environment));

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminAuthentication.Policy, policy => policy
                .AddAuthenticationSchemes(AdminAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(AdminAuthentication.AdminClaim));
        return services;
    }

    /// <summary>Secure cookies outside Development unless Admin:CookieSecurePolicy says otherwise (tests over plain http).</summary>
    public static CookieSecurePolicy SecurePolicy(AdminOptions admin, IHostEnvironment environment) =>
        admin.CookieSecurePolicy ?? (environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments(AdminAuthentication.ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
