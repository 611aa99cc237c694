using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlmAssistant.Admin.Features.SignIn;
using SlmAssistant.Admin.Tests.Support;
using SlmAssistant.TestKit;

namespace SlmAssistant.Admin.Tests.Security;

public sealed class SecurityHeadersTests : AdminAppTest
{
    [Theory]
    [InlineData("/admin/login")]
    [InlineData("/admin/api/me")]
    [InlineData("/admin/assets/admin.js")]
    public async Task ConsoleResponsesForbidFramingSniffingAndForeignScripts(string path)
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsolePagesHoldNoInlineScriptStyleOrHandlerTheirPolicyWouldBlock()
    {
        await BotActivity.SeedAsync(App.DataDirectory, DateTimeOffset.UtcNow);
        using var client = await App.SignInAsync();
        foreach (var page in new[] { "/admin", "/admin/upload", "/admin/documents", "/admin/playground", "/admin/conversations", "/admin/conversations/c1", "/admin/analytics", "/admin/audit" })
        {
            var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));

            Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)", html);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"\son[a-z]+=""", html);
            Assert.DoesNotMatch(@"\sstyle=""", html);
        }
    }

    [Theory]
    [InlineData("Production", null, true)]
    [InlineData("Development", null, false)]
    [InlineData("Production", "SameAsRequest", false)]
    public async Task TheSessionCookieIsSecureOutsideDevelopmentUnlessConfiguredOtherwise(string environment, string? policy, bool secure)
    {
        using var data = new TempDirectory("slm-admin-cookie");
        var settings = new Dictionary<string, string?> { ["Admin:CookieSecurePolicy"] = policy };
        await using var app = await AdminTestApp.StartAsync(data.Path, settings, environmentName: environment);
        using var client = app.CreateClient();

        // Secure cookies are not sent over plain http at all (the console then needs TLS), so over http only the
        // configured policies are read when they are Always.
        var session = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(AdminAuthentication.CookieScheme);
        var antiforgery = app.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;

        var expected = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        Assert.Equal((expected, expected), (session.Cookie.SecurePolicy, antiforgery.Cookie.SecurePolicy));
        if (!secure)
        {
            using var signedIn = await AdminForms.PostFormAsync(
                client, "/admin/login", new() { ["UserName"] = AdminTestApp.UserName, ["Password"] = AdminTestApp.Password });
            var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AdminAuthentication.CookieName, StringComparison.Ordinal));
            Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }
}
